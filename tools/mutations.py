"""Plausible wrong versions of the exported functions that feed published numbers, for `tools/mutate.py`.

Each entry: nb (notebook name), target (cell id or the function the cell defines), old -> new (an exact source
substitution) and why (the mistake it stands for). Every one must be KILLED by a test of its notebook."""

MUTATIONS = [
    # 18_clustering: the number of clusters
    dict(nb="18_clustering", target="choose_k", old="ks=range(1, 13)", new="ks=range(2, 13)",
         why="k searched from 2: one component (no clusters) is never a candidate"),
    dict(nb="18_clustering", target="choose_k", old="return m.bic(z), m.predict(z)", new="return m.aic(z), m.predict(z)",
         why="AIC instead of BIC as the mixture's model-selection criterion"),
    dict(nb="18_clustering", target="gap_statistic", old="gap.append(lr.mean() - lw[-1])", new="gap.append(lw[-1] - lr.mean())",
         why="gap statistic with the wrong sign"),
    dict(nb="18_clustering", target="gap_statistic", old="k_best = k - 1", new="k_best = k",
         why="Tibshirani's rule off by one (the k that failed the rule is reported)"),
    dict(nb="18_clustering", target="gap_statistic", old="sd.append(lr.std() * np.sqrt(1 + 1 / B))", new="sd.append(0.)",
         why="gap rule without the reference standard error"),
    dict(nb="18_clustering", target="n_clusters", old='k = 1 if 1 in (g["k"], b["k"]) else g["k"]', new='k = b["k"]',
         why="the answer taken from BIC alone (splits skewed blobs)"),
    # 15_continuity: are the midpoints real-looking, against held-out windows
    dict(nb="15_continuity", target="run_continuity", old="ref_rows = held_rows[subsample(len(held_rows), n_ref, seed)]",
         new="ref_rows = train_rows[subsample(len(train_rows), n_ref, seed)]",
         why="midpoints compared against training windows instead of held-out ones"),
    dict(nb="15_continuity", target="realism_from_stats", old='gap = h["mid"] - h["ends"]', new='gap = h["ends"] - h["ends"]',
         why="realism verdict that ignores the midpoints (evenness alone)"),
    dict(nb="15_continuity", target="realism_from_stats", old='max(0.5 * (h["prior"] - h["ends"]), tol)',
         new='max(0.5 * (h["prior"] + h["ends"]), tol)', why="realism threshold measured from zero instead of from the ends"),
    dict(nb="15_continuity", target="slerp", old="wa * a[:, None] + wb * b[:, None]", new="wb * a[:, None] + wa * b[:, None]",
         why="SLERP weights swapped (the path runs backwards)"),
    # 14_directions: walks and their random baseline
    dict(nb="14_directions", target="pc_walk", old="t = np.linspace(-span, span, n_steps)\n    return pca.mean_",
         new="t = np.linspace(span, -span, n_steps)\n    return pca.mean_", why="PC walk from the wrong end"),
    dict(nb="14_directions", target="summary_table", old="bool(v > np.percentile(r[s], q))", new="bool(v > np.median(r[s]))",
         why="notable against the random median instead of the 95th percentile"),
    dict(nb="14_directions", target="summary_table", old="for c in num: pcs[c], rnd[c] = pcs[c].abs(), rnd[c].abs()",
         new="pass", why="signed statistics compared with the random ones (a negative rho looks unremarkable)"),
    # 10_intrinsic_dim: the same n on both sides, a two-sided null
    dict(nb="10_intrinsic_dim", target="fixed_n", old="n = min(n_max, *(len(x) for x in u.values()))", new="n = n_max",
         why="TwoNN compared at mismatched n (each set keeps its own size)"),
    dict(nb="10_intrinsic_dim", target="fixed_n", old="u = {k: np.unique(np.asarray(x, np.float64), axis=0) for k, x in mats.items()}",
         new="u = {k: np.asarray(x, np.float64) for k, x in mats.items()}",
         why="duplicates kept: the kNN estimators drop them, so the data side has fewer points than the null"),
    dict(nb="10_intrinsic_dim", target="null_comparison", old='"below" if z < -z_crit else "above" if z > z_crit',
         new='"above" if z < -z_crit else "below" if z > z_crit', why="verdict with the sign of z swapped"),
    dict(nb="10_intrinsic_dim", target="twonn_dim", old="return float((len(mu) - 1) / np.log(mu).sum())",
         new="return float(len(mu) / np.log(mu).sum() / 2)", why="TwoNN estimate off by a factor"),
    # 13_importance: negative importances shown honestly
    dict(nb="13_importance", target="plot_importance", old='a.plot(np.arange(1, len(v) + 1), v, marker="."',
         new='a.plot(np.arange(1, len(v) + 1), np.clip(v, 1e-4, None), marker="."',
         why="negative importances clipped onto a log floor"),
    # 11_maps: legends and the agreement score
    dict(nb="11_maps", target="visualize_latent_space_umap", old="elif c:  # categories", new="elif False:  # categories",
         why="categorical panels without a legend"),
    dict(nb="11_maps", target="knn_agreement", old="kneighbors(return_distance=False)", new="kneighbors(x, return_distance=False)",
         why="kNN agreement that counts each point as its own neighbour"),
]
