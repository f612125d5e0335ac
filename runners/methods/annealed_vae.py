from .base import Method, register


@register
class AnnealedVAE(Method):
    """gamma * |KL - C(t)|, C(t) = min(c_max, c_max * t / iteration_threshold) (Burgess et al. 2018).
    t is the number of updates done before this one."""

    name = "annealed_vae"
    hyperparameters = ("c_max", "gamma", "iteration_threshold")
    strength, reference_values = "c_max", (5, 10, 25, 50, 75, 100)
    weaker_when_larger = True  # a larger capacity lets more KL through

    def regularizer(self, hp, kl, mean, logvar, z, step, extra):
        ramp = hp["c_max"] * step / hp["iteration_threshold"]
        if isinstance(ramp, (int, float)):
            capacity = min(hp["c_max"], ramp)
        else:  # per-model tensors in a gang (runners/gang.py)
            import torch

            capacity = torch.minimum(ramp, hp["c_max"])
        return hp["gamma"] * (kl - capacity).abs()
