import math

from .base import Method, register


def total_correlation(z, mean, logvar):
    """Minibatch estimate with the batch as both samples and mixture components:
    L[j, i, d] = log N(z_jd; mean_id, var_id);
    TC = mean_j [logsumexp_i sum_d L[j, i, d] - sum_d logsumexp_i L[j, i, d]] (constants dropped)."""
    diff = z[:, None, :] - mean[None, :, :]
    log_density = -0.5 * (diff.pow(2) * (-logvar).exp()[None] + logvar[None] + math.log(2 * math.pi))
    joint = log_density.sum(dim=2).logsumexp(dim=1)
    marginals = log_density.logsumexp(dim=1).sum(dim=1)
    return (joint - marginals).mean()


@register
class BetaTCVAE(Method):
    """KL + (beta - 1) * TC (Chen et al. 2018)."""

    name = "beta_tc_vae"
    hyperparameters = ("beta",)
    strength, reference_values = "beta", (1, 2, 4, 6, 8, 10)

    def regularizer(self, hp, kl, mean, logvar, z, step, extra):
        return kl + (hp["beta"] - 1) * total_correlation(z, mean, logvar)
