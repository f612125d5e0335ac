"""The paper profile's gradient boosting, every tree of a stage grown at once.

This computes the models that scikit-learn's ``GradientBoostingClassifier`` (log-loss, 100
stages, learning rate 0.1, depth-3 regression trees on the negative gradient, min_samples_split
2, min_samples_leaf 1, no subsampling) computes for the same data and ``random_state``: the same
trees split for split, the same Newton leaf values, the same predictions and the impurity
importances normalised as sklearn normalises them. What differs is how the work is arranged:

- every feature is sorted once per fit; a split hands each child its part of the parent's
  sorted lists, in order, so no node sorts anything (sklearn sorts a node's samples for every
  feature it tries, at every node);
- the trees of one stage (one per class, for every factor fitted together) grow in parallel,
  since a stage needs only the raw predictions of the stage before it;
- the loops are compiled (Numba): the exact split search is a sequential scan per node and
  feature, which array operations can only express with a sort or a one-hot matrix per level.

The split search is sklearn's own, transliterated: candidate thresholds halfway between
consecutive distinct values of the node (values within 1e-7 in float32 count as equal, and a
feature whose range in the node is within 1e-7 is constant), the squared-error proxy
``sum_left^2 / n_left + sum_right^2 / n_right`` (sklearn 1.9 grows GradientBoosting's trees with
``squared_error``; for unit weights it picks the same split as ``friedman_mse``, whose proxy is
the same quantity less a constant, scaled), the first strictly best candidate kept. Features are
visited in sklearn's random order: each tree draws its seed from the fit's ``RandomState`` as
sklearn's splitter does, and the visit order replays sklearn's Fisher-Yates draws with its
xorshift generator, including its bookkeeping of constant features, so an exact tie between two
features' best splits is broken as sklearn breaks it.

Sums come out to sklearn's bits too: a node's samples are kept in the order sklearn's splitter
leaves them (sorted by the last feature it tried, then partitioned by its swap loop), the left
sum is updated as its criterion updates it (from the left, or back from the node's total), and
leaf values use NumPy's pairwise sums as ``np.average`` does. The one thing not reproduced is
the order sklearn's introsort gives to equal values of *different* samples in one feature; where
such ties occur a sum can differ in its last bit, and a split whose proxy ties another one's to
that bit can go the other way. Repeated samples (points drawn with replacement) and constant
features are unaffected; tests/test_boosting.py compares trees split for split on those shapes
and bounds the effect on rounded codes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numba
import numpy as np
from numba import njit, prange

from .estimators import parallel_fits

RAND_R_MAX = 0x7FFFFFFF  # sklearn's bound for its tree seeds and xorshift draws
FEATURE_THRESHOLD = np.float32(1e-7)
EPSILON = np.finfo(np.float64).eps
LEAF = -1


@dataclass
class BoostedFit:
    """One factor's fitted model, summarised as the metrics use it."""

    classes: np.ndarray  # the labels seen in training, sorted (sklearn's classes_)
    importances: np.ndarray  # (n_features,) normalised impurity importances
    train_prediction: np.ndarray  # predicted labels of the training points
    test_prediction: np.ndarray  # predicted labels of the test points
    trees: "Trees"  # every tree, indexed (stage, class)


@dataclass
class Trees:
    """Node arrays of trees indexed (stage, tree of the stage, node), nodes in sklearn's order
    (depth first, left first); unused nodes hold feature -2 and children -1."""

    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray  # leaf values (the Newton step; without the learning rate)
    count: np.ndarray  # (stage, tree) node counts

    def select(self, start: int, stop: int) -> "Trees":
        return Trees(*(a[:, start:stop] for a in (self.feature, self.threshold, self.left, self.right, self.value,
                                                   self.count)))


@njit(cache=True)
def _rand_int(low, high, state, t):
    """sklearn's rand_int: ``low + our_rand_r(state) % (high - low)``, state a uint32 per tree."""
    s = np.uint32(state[t])
    if s == 0:
        s = np.uint32(1)
    s ^= np.uint32(s << np.uint32(13))
    s ^= np.uint32(s >> np.uint32(17))
    s ^= np.uint32(s << np.uint32(5))
    state[t] = s
    return low + np.int64(s % np.uint32(2147483648)) % (high - low)


@njit(cache=True)
def _scan_feature(order, lo, hi, values, y, sum_total, feature, best, inverse, node_y, node_values):
    """The best split of one node on one feature, found as sklearn's splitter finds it.

    ``order[lo:hi]``: the node's samples sorted by the feature; ``values``: the feature's value
    of every sample. Their targets and values are gathered in that order into
    ``node_y``/``node_values`` (scratch). Returns 0 when the feature takes one value in the
    node, 1 when it is otherwise constant (a range within 1e-7), 2 when it can split. ``best``
    holds (proxy, threshold, n_left, feature) of the best candidate so far over every feature
    visited; only a strictly better one replaces it.

    The left sum is updated as sklearn's criterion updates it (added from the left, or taken
    back from the node's total from the right end when that is the shorter way), and the proxy
    is computed exactly as sklearn computes it (two divisions) wherever it may beat the best:
    ``inverse[k] = 1 / k`` gives an estimate within a few ulps first, so candidates that cannot
    win cost no division and the choice is the same."""
    m = hi - lo
    for p in range(m):
        s = order[lo + p]
        node_y[p] = y[s]
        node_values[p] = values[s]
    first = node_values[0]
    last = node_values[m - 1]
    if last == first:
        return 0
    if last <= np.float32(first + FEATURE_THRESHOLD):
        return 1
    w_total = float(m)
    bar = best[0]  # the candidate to beat: the best so far, of this feature or the ones before
    found = False
    local_proxy = -np.inf
    local_threshold = 0.0
    local_pos = 0
    pos = 0
    sum_left = 0.0
    p = 0
    while p < m:
        p += 1
        while p < m and node_values[p] <= np.float32(node_values[p - 1] + FEATURE_THRESHOLD):
            p += 1
        if p == m:
            break
        if p - pos <= m - p:
            for q in range(pos, p):
                sum_left += node_y[q]
        else:
            sum_left = sum_total
            for q in range(m - 1, p - 1, -1):
                sum_left -= node_y[q]
        pos = p
        sum_right = sum_total - sum_left
        estimate = sum_left * sum_left * inverse[p] + sum_right * sum_right * inverse[m - p]
        if estimate >= bar * (1.0 - 1e-12):
            w_left = float(p)
            proxy = sum_left * sum_left / w_left + sum_right * sum_right / (w_total - w_left)
            if proxy > local_proxy:
                local_proxy = proxy
                local_threshold = node_values[p - 1] / 2.0 + node_values[p] / 2.0
                local_pos = p
                found = True
                if proxy > bar:
                    bar = proxy
    if found and local_proxy > best[0]:
        best[0] = local_proxy
        best[1] = local_threshold
        best[2] = local_pos
        best[3] = feature
    return 2


@njit(cache=True)
def _block_sum(a, lo, n):
    """NumPy's sum of a block of at most 128 values: eight running sums, combined pairwise."""
    if n < 8:
        res = 0.0
        for i in range(n):
            res += a[lo + i]
        return res
    r0, r1, r2, r3 = a[lo], a[lo + 1], a[lo + 2], a[lo + 3]
    r4, r5, r6, r7 = a[lo + 4], a[lo + 5], a[lo + 6], a[lo + 7]
    m = n - n % 8
    for i in range(8, m, 8):
        r0 += a[lo + i]
        r1 += a[lo + i + 1]
        r2 += a[lo + i + 2]
        r3 += a[lo + i + 3]
        r4 += a[lo + i + 4]
        r5 += a[lo + i + 5]
        r6 += a[lo + i + 6]
        r7 += a[lo + i + 7]
    res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
    for i in range(m, n):
        res += a[lo + i]
    return res


@njit(cache=True)
def _pairwise_sum(a, lo, n):
    """NumPy's pairwise summation of a[lo:lo + n] (what np.sum and np.average compute), so leaf
    values come out to the same bits as sklearn's np.average. NumPy recurses (halves rounded
    down to a multiple of 8, blocks of at most 128); this walks the same tree with a stack
    (a cached Numba function must not call itself)."""
    if n <= 128:
        return _block_sum(a, lo, n)
    frame_lo = np.empty(64, np.int64)
    frame_n = np.empty(64, np.int64)
    frame_phase = np.empty(64, np.int64)
    frame_left = np.empty(64, np.float64)
    top = 0
    frame_lo[0] = lo
    frame_n[0] = n
    returning = False
    result = 0.0
    while True:
        here, m = frame_lo[top], frame_n[top]
        if m <= 128:
            result = _block_sum(a, here, m)
            top -= 1
            returning = True
            continue
        half = m // 2
        half -= half % 8
        if not returning:
            frame_phase[top] = 0
            top += 1
            frame_lo[top], frame_n[top] = here, half
            continue
        returning = False
        if frame_phase[top] == 0:
            frame_left[top] = result
            frame_phase[top] = 1
            top += 1
            frame_lo[top], frame_n[top] = here + half, m - half
            continue
        result = frame_left[top] + result
        top -= 1
        returning = True
        if top < 0:
            return result


@njit(cache=True)
def _grow_tree(x, x_by_feature, orders, inverse, y, state, t, max_depth, samples, node_of, leaf_of, lists,
               features, constants, feature_out, threshold_out, left_out, right_out,
               impurity_out, weight_out):
    """One regression tree on targets ``y``, built as sklearn's DepthFirstTreeBuilder builds it;
    returns its node count.

    ``samples`` is laid out as sklearn's splitter lays it out (a node owns a contiguous range,
    in the order sklearn leaves it: sorted by the node's last visited feature, then partitioned
    by its swap loop), so every node sum is accumulated in sklearn's order. The split search
    needs no sort: ``orders`` sorts every feature once over all samples, and ``lists[depth, f]``
    holds, at a node's range, its samples in that order (a split hands each child its part, in
    order). ``node_of`` labels each sample with its node. Node arrays go to row ``t`` of the
    ``*_out`` arrays; ``leaf_of`` gets every training sample's leaf."""
    n, d = x.shape
    w_root = float(n)
    for i in range(n):
        samples[i] = i
        node_of[i] = 0
    for f in range(d):
        features[f] = f
        constants[f] = 0
    size = max_depth + 2  # depth first: the stack holds at most one pending sibling per level
    stack_start = np.empty(size, np.int64)
    stack_end = np.empty(size, np.int64)
    stack_label = np.empty(size, np.int64)
    stack_parent = np.empty(size, np.int64)
    stack_left = np.empty(size, np.bool_)
    stack_depth = np.empty(size, np.int64)
    stack_impurity = np.empty(size, np.float64)
    stack_constants = np.empty(size, np.int64)
    label_of_node = np.empty(2 ** (max_depth + 1), np.int64)
    best = np.empty(4, np.float64)
    node_y = np.empty(n, np.float64)
    node_values = np.empty(n, np.float32)

    top = 0
    stack_start[0] = 0
    stack_end[0] = n
    stack_label[0] = 0
    stack_parent[0] = -1
    stack_left[0] = False
    stack_depth[0] = 0
    stack_impurity[0] = np.inf
    stack_constants[0] = 0
    next_label = 1
    count = 0
    while top >= 0:
        start = stack_start[top]
        end = stack_end[top]
        label = stack_label[top]
        parent = stack_parent[top]
        is_left = stack_left[top]
        depth = stack_depth[top]
        impurity = stack_impurity[top]
        n_known = stack_constants[top]
        top -= 1
        node_n = end - start
        w_node = float(node_n)
        # the criterion's init: the node's sums in its sample order
        sum_total = 0.0
        sq_total = 0.0
        for p in range(start, end):
            v = y[samples[p]]
            sum_total += v
            sq_total += v * v
        if count == 0:
            impurity = sq_total / w_node - (sum_total / w_node) ** 2.0

        node = count
        count += 1
        label_of_node[node] = label
        if parent >= 0:
            if is_left:
                left_out[t, parent] = node
            else:
                right_out[t, parent] = node
        impurity_out[t, node] = impurity
        weight_out[t, node] = w_node
        left_out[t, node] = LEAF
        right_out[t, node] = LEAF
        feature_out[t, node] = -2
        threshold_out[t, node] = -2.0
        if depth >= max_depth or node_n < 2 or impurity <= EPSILON:
            continue

        # sklearn's node_split_best: features drawn without replacement (Fisher-Yates), known
        # constants skipped, newly found constants moved to the front
        best[0] = -np.inf
        best[1] = 0.0
        best[2] = node_n
        best[3] = -1
        last_sorted = -1
        f_i = d
        n_visited = 0
        n_found = 0
        n_drawn = 0
        n_total = n_known
        while f_i > n_total and (n_visited < d or n_visited <= n_found + n_drawn):
            n_visited += 1
            f_j = _rand_int(n_drawn, f_i - n_found, state, t)
            if f_j < n_known:
                features[n_drawn], features[f_j] = features[f_j], features[n_drawn]
                n_drawn += 1
                continue
            f_j += n_found
            feature = features[f_j]
            listed = orders[feature] if depth == 0 else lists[depth, feature]
            kind = _scan_feature(listed, start, end, x_by_feature[feature], y, sum_total, feature, best,
                                 inverse, node_y, node_values)
            if kind > 0:
                # sklearn sorts the node's samples by every feature it draws here; sorting by a
                # feature of one value leaves their order as it was
                last_sorted = feature
            if kind < 2:
                features[f_j], features[n_total] = features[n_total], features[f_j]
                n_found += 1
                n_total += 1
                continue
            f_i -= 1
            features[f_i], features[f_j] = features[f_j], features[f_i]
        for f in range(n_known):
            features[f] = constants[f]
        for f in range(n_known, n_known + n_found):
            constants[f] = features[f]
        if last_sorted >= 0:
            # the node's samples as sklearn leaves them: sorted by the last feature it drew
            listed = orders[last_sorted] if depth == 0 else lists[depth, last_sorted]
            for p in range(start, end):
                samples[p] = listed[p]

        pos = start + int(best[2])
        if pos >= end:
            continue  # no split (every feature constant): a leaf, after the draws, as in sklearn
        feature = int(best[3])
        threshold = best[1]
        # sklearn's partition_samples_final
        a = start
        b = end
        while a < b:
            if x[samples[a], feature] <= threshold:
                a += 1
            else:
                b -= 1
                samples[a], samples[b] = samples[b], samples[a]
        # the criterion's reset and update(pos): from the left, or back from the right end
        if pos - start <= end - pos:
            sum_left = 0.0
            for p in range(start, pos):
                sum_left += y[samples[p]]
        else:
            sum_left = sum_total
            for p in range(end - 1, pos - 1, -1):
                sum_left -= y[samples[p]]
        sq_left = 0.0
        for p in range(start, pos):
            v = y[samples[p]]
            sq_left += v * v
        w_left = float(pos - start)
        w_right = w_node - w_left
        sum_right = sum_total - sum_left
        sq_right = sq_total - sq_left
        impurity_left = sq_left / w_left - (sum_left / w_left) ** 2.0
        impurity_right = sq_right / w_right - (sum_right / w_right) ** 2.0
        improvement = (w_node / w_root) * (impurity - w_right / w_node * impurity_right
                                           - w_left / w_node * impurity_left)
        if improvement + EPSILON < 0.0:
            continue  # sklearn's min_impurity_decrease test, at its default of 0
        feature_out[t, node] = feature
        threshold_out[t, node] = threshold
        left_out[t, node] = -3  # set when the child is built
        left_label = next_label
        right_label = next_label + 1
        next_label += 2
        for p in range(start, pos):
            node_of[samples[p]] = left_label
        for p in range(pos, end):
            node_of[samples[p]] = right_label
        if depth + 1 < max_depth:
            # each child's samples in every feature's order: a stable partition of this node's
            for f in range(d):
                source = orders[f] if depth == 0 else lists[depth, f]
                target = lists[depth + 1, f]
                a = start
                b = pos
                for p in range(start, end):
                    s = source[p]
                    if node_of[s] == left_label:
                        target[a] = s
                        a += 1
                    else:
                        target[b] = s
                        b += 1
        # right child pushed first, so the left one is built next (depth first, left first)
        for side in range(2):
            top += 1
            stack_start[top] = pos if side == 0 else start
            stack_end[top] = end if side == 0 else pos
            stack_label[top] = right_label if side == 0 else left_label
            stack_parent[top] = node
            stack_left[top] = side == 1
            stack_depth[top] = depth + 1
            stack_impurity[top] = impurity_right if side == 0 else impurity_left
            stack_constants[top] = n_total

    # every sample's leaf: its final label's node
    node_by_label = np.full(next_label, -1, np.int64)
    for node in range(count):
        if left_out[t, node] == LEAF:
            node_by_label[label_of_node[node]] = node
    for i in range(n):
        leaf_of[i] = node_by_label[node_of[i]]
    return count


@njit(cache=True)
def _apply(x, t, feature, threshold, left, right, out):
    for i in range(x.shape[0]):
        node = 0
        while left[t, node] != LEAF:
            if x[i, feature[t, node]] <= threshold[t, node]:
                node = left[t, node]
            else:
                node = right[t, node]
        out[i] = node


@njit(cache=True)
def _negative_gradients(raw, y, first_tree, n_trees, multiclass, out):
    """sklearn's log-loss gradients, negated: one row of ``out`` per tree of the fit's stage."""
    n = raw.shape[0]
    for i in range(n):
        if not multiclass:
            r = raw[i, first_tree]
            if r > -37.0:
                e = np.exp(-r)
                g = ((1.0 - y[i]) - y[i] * e) / (1.0 + e)
            else:
                g = np.exp(r) - y[i]
            out[first_tree, i] = -g
            continue
        top = raw[i, first_tree]
        for k in range(1, n_trees):
            if top < raw[i, first_tree + k]:
                top = raw[i, first_tree + k]
        sum_exps = 0.0
        for k in range(n_trees):
            out[first_tree + k, i] = np.exp(raw[i, first_tree + k] - top)
            sum_exps += out[first_tree + k, i]
        for k in range(n_trees):
            p = out[first_tree + k, i] / sum_exps
            out[first_tree + k, i] = -(p - (1.0 if y[i] == k else 0.0))


@njit(cache=True, parallel=True)
def _boost(x, x_by_feature, orders, x_test, labels, fit_of_tree, class_of_tree, first_tree_of_fit,
           trees_of_fit, n_classes, seeds, raw, raw_test, n_stages, learning_rate, max_depth, importance,
           all_feature, all_threshold, all_left, all_right, all_value, all_counts):
    """Every stage of every fit: ``raw``/``raw_test`` (samples x trees of a stage) start at the
    fits' initial predictions and end at the final ones; ``importance`` gets one row per tree
    (unnormalised, as sklearn's compute_feature_importances(normalize=False)), NaN for a tree of
    one node (which sklearn leaves out of the mean). ``all_*`` get every tree's nodes, by stage."""
    n, d = x.shape
    n_tree = fit_of_tree.shape[0]
    n_fits = first_tree_of_fit.shape[0]
    nodes = 2 ** (max_depth + 1) - 1
    impurity = np.empty((n_tree, nodes), np.float64)
    weight = np.empty((n_tree, nodes), np.float64)
    samples = np.empty((n_tree, n), np.int32)
    node_of = np.empty((n_tree, n), np.int32)
    leaf_of = np.empty((n_tree, n), np.int64)
    leaf_test = np.empty((n_tree, x_test.shape[0]), np.int64)
    features = np.empty((n_tree, d), np.int64)
    constants = np.empty((n_tree, d), np.int64)
    state = np.empty(n_tree, np.uint32)
    gradient = np.empty((n_tree, n), np.float64)
    inverse = np.empty(n + 1, np.float64)
    inverse[0] = np.inf
    for k in range(1, n + 1):
        inverse[k] = 1.0 / k
    for stage in range(n_stages):
        for j in range(n_fits):
            _negative_gradients(raw, labels[j], first_tree_of_fit[j], trees_of_fit[j], n_classes[j] > 2, gradient)
        for t in range(n_tree):
            state[t] = seeds[stage, t]
        feature = all_feature[stage]
        threshold = all_threshold[stage]
        left = all_left[stage]
        right = all_right[stage]
        value = all_value[stage]
        counts = all_counts[stage]
        for t in prange(n_tree):
            y_t = gradient[t]
            lists = np.empty((max_depth, d, n), np.int32)
            counts[t] = _grow_tree(x, x_by_feature, orders, inverse, y_t, state, t, max_depth, samples[t], node_of[t],
                                   leaf_of[t], lists,
                                   features[t], constants[t], feature, threshold, left, right, impurity, weight)
            # Newton step per leaf (sklearn's _update_terminal_regions): np.average over the
            # leaf's samples in index order, so pairwise sums over those gathered values
            j = fit_of_tree[t]
            k = class_of_tree[t]
            classes = n_classes[j]
            # each leaf's samples gathered in index order: offsets by a count per leaf
            offset = np.zeros(nodes + 1, np.int64)
            for i in range(n):
                offset[leaf_of[t, i] + 1] += 1
            for node in range(nodes):
                offset[node + 1] += offset[node]
            fill = offset[:nodes].copy()
            gathered = np.empty(n, np.float64)
            hessian = np.empty(n, np.float64)
            for i in range(n):
                g = y_t[i]
                if classes > 2:
                    target = 1.0 if labels[j, i] == k else 0.0
                else:
                    target = labels[j, i]
                p = target - g
                at = fill[leaf_of[t, i]]
                gathered[at] = g
                hessian[at] = p * (1.0 - p)
                fill[leaf_of[t, i]] += 1
            for node in range(counts[t]):
                if left[t, node] != LEAF:
                    continue
                m = offset[node + 1] - offset[node]
                top = _pairwise_sum(gathered, offset[node], m) / float(m)
                if classes > 2:
                    top *= (classes - 1) / classes
                bottom = _pairwise_sum(hessian, offset[node], m) / float(m)
                value[t, node] = 0.0 if abs(bottom) < 1e-150 else top / bottom
            for i in range(n):
                raw[i, t] += learning_rate * value[t, leaf_of[t, i]]
            _apply(x_test, t, feature, threshold, left, right, leaf_test[t])
            for i in range(x_test.shape[0]):
                raw_test[i, t] += learning_rate * value[t, leaf_test[t, i]]
            # this tree's importances, in node order (sklearn's compute_feature_importances)
            row = stage * n_tree + t
            if counts[t] == 1:
                for f in range(d):
                    importance[row, f] = np.nan
                continue
            for f in range(d):
                importance[row, f] = 0.0
            for node in range(counts[t]):
                if left[t, node] != LEAF:
                    a = left[t, node]
                    b = right[t, node]
                    importance[row, feature[t, node]] += (weight[t, node] * impurity[t, node]
                                                          - weight[t, a] * impurity[t, a]
                                                          - weight[t, b] * impurity[t, b])
            for f in range(d):
                importance[row, f] /= weight[t, 0]


def _initial_raw(y: np.ndarray, n_classes: int) -> np.ndarray:
    """sklearn's prior init: the class shares of the training labels through the loss's link."""
    eps = np.finfo(np.float64).eps
    shares = np.clip(np.bincount(y, minlength=n_classes) / len(y), eps, 1 - eps)[None, :]
    if n_classes == 2:
        from scipy.special import logit

        return logit(shares[:, 1])
    from scipy.stats import gmean

    return np.log(shares / gmean(shares, axis=1)[:, None])[0]


def fit_boosted(x_train: np.ndarray, y_train: np.ndarray, x_test: np.ndarray, seeds, *, n_stages: int = 100,
                learning_rate: float = 0.1, max_depth: int = 3) -> list[BoostedFit]:
    """Fit ``GradientBoostingClassifier(random_state=seeds[j])`` to every column j of ``y_train``
    on the same points, all together.

    Args:
        x_train: (n, features) training inputs; used in float32, as sklearn's trees use them.
        y_train: (n, fits) labels, one column per fit (any integers).
        x_test: (m, features) points to predict.
        seeds: one ``random_state`` integer per fit.

    Returns:
        One ``BoostedFit`` per column, with sklearn's importances and predicted labels.

    Raises:
        ValueError: a column with fewer than two distinct labels (sklearn refuses it too).
    """
    x = np.ascontiguousarray(x_train, dtype=np.float32)
    xt = np.ascontiguousarray(x_test, dtype=np.float32)
    y_train = np.asarray(y_train)
    if y_train.ndim == 1:
        y_train = y_train[:, None]
    n, fits = y_train.shape
    if len(seeds) != fits:
        raise ValueError(f"{len(seeds)} seeds for {fits} label columns")
    if x.ndim != 2 or x.shape[0] != n or xt.ndim != 2 or xt.shape[1] != x.shape[1]:
        raise ValueError(f"inconsistent shapes: x_train {x.shape}, y_train {y_train.shape}, x_test {xt.shape}")
    classes, encoded = [], np.empty((fits, n), np.float64)
    for j in range(fits):
        values, codes = np.unique(y_train[:, j], return_inverse=True)
        if len(values) < 2:
            raise ValueError(f"label column {j} has a single class; boosting needs at least two")
        classes.append(values)
        encoded[j] = codes
    n_classes = np.array([len(c) for c in classes], np.int64)
    trees_of_fit = np.where(n_classes == 2, 1, n_classes)
    first_tree_of_fit = np.concatenate([[0], np.cumsum(trees_of_fit)[:-1]]).astype(np.int64)
    fit_of_tree = np.repeat(np.arange(fits), trees_of_fit).astype(np.int64)
    class_of_tree = np.concatenate([np.arange(k) for k in trees_of_fit]).astype(np.int64)
    n_tree = int(trees_of_fit.sum())
    # threads: this process's share of the cores, as for the other metrics' parallel fits
    numba.set_num_threads(max(1, min(parallel_fits(n_tree), numba.config.NUMBA_NUM_THREADS)))
    # each tree's splitter seed, drawn from its fit's RandomState in sklearn's order (stage, class)
    tree_seeds = np.empty((n_stages, n_tree), np.uint32)
    for j in range(fits):
        state = np.random.RandomState(int(seeds[j]))
        for stage in range(n_stages):
            for k in range(trees_of_fit[j]):
                tree_seeds[stage, first_tree_of_fit[j] + k] = state.randint(0, RAND_R_MAX)
    raw = np.empty((n, n_tree), np.float64)
    raw_test = np.empty((len(xt), n_tree), np.float64)
    for j in range(fits):
        start, stop = first_tree_of_fit[j], first_tree_of_fit[j] + trees_of_fit[j]
        raw[:, start:stop] = _initial_raw(encoded[j].astype(np.int64), int(n_classes[j]))
        raw_test[:, start:stop] = raw[0, start:stop]
    orders = np.ascontiguousarray(np.argsort(x, axis=0, kind="stable").T.astype(np.int32))
    x_by_feature = np.ascontiguousarray(x.T)
    importance = np.empty((n_stages * n_tree, x.shape[1]), np.float64)
    nodes = 2 ** (max_depth + 1) - 1
    trees = Trees(np.full((n_stages, n_tree, nodes), -2, np.int64), np.full((n_stages, n_tree, nodes), -2.0),
                  np.full((n_stages, n_tree, nodes), LEAF, np.int64), np.full((n_stages, n_tree, nodes), LEAF, np.int64),
                  np.zeros((n_stages, n_tree, nodes)), np.zeros((n_stages, n_tree), np.int64))
    _boost(x, x_by_feature, orders, xt, encoded, fit_of_tree, class_of_tree, first_tree_of_fit, trees_of_fit,
           n_classes, tree_seeds, raw, raw_test, n_stages, float(learning_rate), int(max_depth), importance,
           trees.feature, trees.threshold, trees.left, trees.right, trees.value, trees.count)
    out = []
    for j in range(fits):
        start, stop = first_tree_of_fit[j], first_tree_of_fit[j] + trees_of_fit[j]
        rows = importance.reshape(n_stages, n_tree, -1)[:, start:stop].reshape(-1, x.shape[1])
        rows = rows[~np.isnan(rows[:, 0])]
        if len(rows) == 0:
            importances = np.zeros(x.shape[1])
        else:
            mean = np.mean(rows, axis=0, dtype=np.float64)
            importances = mean / np.sum(mean)
        out.append(BoostedFit(classes[j], importances, classes[j][_decide(raw[:, start:stop])],
                              classes[j][_decide(raw_test[:, start:stop])], trees.select(start, stop)))
    return out


def _decide(raw: np.ndarray) -> np.ndarray:
    """sklearn's predict: class 1 where the binary raw prediction is >= 0, else the argmax."""
    if raw.shape[1] == 1:
        return (raw[:, 0] >= 0).astype(int)
    return np.argmax(raw, axis=1)
