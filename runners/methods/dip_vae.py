from .base import Method, register


def dip_penalty(covariance, lambda_od, lambda_d):
    diagonal = covariance.diagonal()
    off = covariance - diagonal.diag_embed()
    return lambda_od * off.pow(2).sum() + lambda_d * (diagonal - 1).pow(2).sum()


def mean_covariance(mean):
    """Biased batch covariance of the encoder means."""
    centred = mean - mean.mean(dim=0, keepdim=True)
    return centred.T @ centred / mean.shape[0]


@register
class DipVAEI(Method):
    """KL + DIP penalty on Cov(mean) (Kumar et al. 2018, type i)."""

    name = "dip_vae_i"
    hyperparameters = ("lambda_d", "lambda_od")
    strength, reference_values = "lambda_od", (1, 2, 5, 10, 20, 50)  # lambda_d = 10 * lambda_od

    def regularizer(self, hp, kl, mean, logvar, z, step, extra):
        return kl + dip_penalty(mean_covariance(mean), hp["lambda_od"], hp["lambda_d"])


@register
class DipVAEII(Method):
    """KL + DIP penalty on Cov(mean) + batch mean of diag(exp(logvar)) (type ii)."""

    name = "dip_vae_ii"
    hyperparameters = ("lambda_d", "lambda_od")
    strength, reference_values = "lambda_od", (1, 2, 5, 10, 20, 50)  # lambda_d = lambda_od

    def regularizer(self, hp, kl, mean, logvar, z, step, extra):
        covariance = mean_covariance(mean) + logvar.exp().mean(dim=0).diag_embed()
        return kl + dip_penalty(covariance, hp["lambda_od"], hp["lambda_d"])
