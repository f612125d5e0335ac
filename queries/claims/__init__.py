"""The paper's six claims (docs/study.md, section 6), in the paper's order."""

from . import downstream, mean_vs_sampled, metric_agreement, seed_dominance, transfer, unsupervised_selection

CLAIMS = {module.CLAIM.name: module.CLAIM for module in (
    mean_vs_sampled, metric_agreement, seed_dominance, unsupervised_selection, transfer, downstream)}

__all__ = ["CLAIMS"]
