"""What a method is: the hyperparameters it takes and the regulariser it adds."""

from __future__ import annotations

from typing import ClassVar

registry: dict[str, "Method"] = {}


def register(cls):
    registry[cls.name] = cls()
    return cls


class Method:
    """name: how specs call it; hyperparameters: every number its loss takes; strength: the one
    the reference grid sweeps, and reference_values its six values there (docs/study.md,
    section 1); weaker_when_larger: a larger strength regularises less (AnnealedVAE's capacity)."""

    name: ClassVar[str]
    hyperparameters: ClassVar[tuple[str, ...]]
    strength: ClassVar[str]
    reference_values: ClassVar[tuple[float, ...]] = ()
    weaker_when_larger: ClassVar[bool] = False

    def setup(self, model, hp: dict, device, generator) -> dict:
        """Extra state a method trains beside the VAE (FactorVAE's discriminator); saved in checkpoints."""
        return {}

    def regularizer(self, hp: dict, kl, mean, logvar, z, step: int, extra: dict):
        """The term added to the reconstruction loss."""
        raise NotImplementedError

    def step(self, vae_loss, optimizer, extra: dict, z) -> None:
        """One update from one forward pass; methods with a second optimiser override this."""
        optimizer.zero_grad(set_to_none=True)
        vae_loss.backward()
        optimizer.step()
