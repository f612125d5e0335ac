from .base import Method, register


@register
class BetaVAE(Method):
    """beta * KL (Higgins et al. 2017)."""

    name = "beta_vae"
    hyperparameters = ("beta",)

    def regularizer(self, hp, kl, mean, logvar, z, step, extra):
        return hp["beta"] * kl
