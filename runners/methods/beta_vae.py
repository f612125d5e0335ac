from .base import Method, register


@register
class BetaVAE(Method):
    """beta * KL (Higgins et al. 2017)."""

    name = "beta_vae"
    hyperparameters = ("beta",)
    strength, reference_values = "beta", (1, 2, 4, 6, 8, 16)

    def regularizer(self, hp, kl, mean, logvar, z, step, extra):
        return hp["beta"] * kl
