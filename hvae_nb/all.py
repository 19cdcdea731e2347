

# %% ../nbs/04_inference.ipynb #a1438373
from hvae_nb.basics import *
from hvae_nb.data import *
from hvae_nb.model import *
from hvae_nb.train import *
from hvae_nb.inference import *

# %% ../nbs/04_inference.ipynb #a1438373
from hvae_nb.basics import *
from hvae_nb.data import *
from hvae_nb.model import *
from hvae_nb.train import *
from hvae_nb.inference import *

# %% ../nbs/04_inference.ipynb #a1438373
from hvae_nb.basics import *
from hvae_nb.data import *
from hvae_nb.model import *
from hvae_nb.train import *
from hvae_nb.inference import *

# %% ../nbs/04_inference.ipynb #a1438373
from hvae_nb.basics import *
from hvae_nb.data import *
from hvae_nb.model import *
from hvae_nb.train import *
from hvae_nb.inference import *

# %% ../nbs/04_inference.ipynb #a1438373
from hvae_nb.basics import *
from hvae_nb.data import *
from hvae_nb.model import *
from hvae_nb.train import *
from hvae_nb.inference import *

# %% ../nbs/04_inference.ipynb #d633fdcc
from hvae_nb.basics import *
from hvae_nb.data import *
from hvae_nb.model import *
from hvae_nb.train import *
from hvae_nb.inference import *

# %% ../nbs/04_inference.ipynb #35ec6022
from hvae_nb.basics import *
from hvae_nb.data import *
from hvae_nb.model import *
from hvae_nb.train import *
from hvae_nb.inference import *

# %% ../nbs/04_inference.ipynb #23fb9c42
from hvae_nb.basics import *
from hvae_nb.data import *
from hvae_nb.model import *
from hvae_nb.train import *
from hvae_nb.inference import *

# %% ../nbs/04_inference.ipynb #23fb9c42
from hvae_nb.basics import *
from hvae_nb.data import *
from hvae_nb.model import *
from hvae_nb.train import *
from hvae_nb.inference import *

# %% ../nbs/04_inference.ipynb #23fb9c42
from hvae_nb.basics import *
from hvae_nb.data import *
from hvae_nb.model import *
from hvae_nb.train import *
from hvae_nb.inference import *

# %% ../nbs/04_inference.ipynb #23fb9c42
from hvae_nb.basics import *
from hvae_nb.data import *
from hvae_nb.model import *
from hvae_nb.train import *
from hvae_nb.inference import *

# %% ../nbs/04_inference.ipynb #e49bc7b6
from hvae_nb.basics import *
from hvae_nb.data import *
from hvae_nb.model import *
from hvae_nb.train import *
from hvae_nb.inference import *

# %% ../nbs/04_inference.ipynb #e49bc7b6
from hvae_nb.basics import *
from hvae_nb.data import *
from hvae_nb.model import *
from hvae_nb.train import *
from hvae_nb.inference import *