"""What a method is: the hyperparameters it takes and the regulariser it adds."""

from __future__ import annotations

from typing import ClassVar

registry: dict[str, "Method"] = {}


def register(cls):
    registry[cls.name] = cls()
    return cls


class Method:
    name: ClassVar[str]
    hyperparameters: ClassVar[tuple[str, ...]]

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
