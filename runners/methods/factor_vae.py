from .base import Method, register


def permute_dims(z, generator):
    """Each latent column permuted independently within the batch."""
    import torch

    # one random permutation per column: argsort of uniform noise, drawn in a single call
    index = torch.rand(z.shape, generator=generator, device=generator.device).argsort(dim=0)
    return z.gather(0, index.to(z.device))


def permute_stacked(z, generators):
    """permute_dims for a gang, z (G, B, D): each model's noise from its own generator, drawn as
    alone, then one sort and one gather for the whole gang (the same permutations)."""
    import torch

    noise = torch.stack([torch.rand(z.shape[1:], generator=g, device=g.device) for g in generators])
    return z.gather(1, noise.argsort(dim=1).to(z.device))


def discriminator_loss(logits_z, logits_perm):
    """-(0.5 mean log p0(z) + 0.5 mean log p1(z_perm)), probabilities clipped to [1e-6, 1 - 1e-6]."""
    p_z = logits_z.softmax(dim=1).clamp(1e-6, 1 - 1e-6)
    p_perm = logits_perm.softmax(dim=1).clamp(1e-6, 1 - 1e-6)
    return -(0.5 * p_z[:, 0].log().mean() + 0.5 * p_perm[:, 1].log().mean())


@register
class FactorVAE(Method):
    """KL + gamma * batch mean of (d0 - d1), d the discriminator's logits on z (Kim & Mnih 2018).
    The discriminator (6 x 1000 leaky-ReLU 0.2, 2 logits) is trained in the same step from
    the same forward pass with its own Adam(1e-4, betas 0.5/0.9); each optimiser touches
    only its own parameters."""

    name = "factor_vae"
    hyperparameters = ("gamma",)
    strength, reference_values = "gamma", (10, 20, 30, 40, 50, 100)

    def setup(self, model, hp, device, generator):
        import torch
        from torch import nn

        from ..model import glorot

        layers, width = [], model.encoder.mean.out_features
        for _ in range(6):
            layers += [nn.Linear(width, 1000), nn.LeakyReLU(0.2)]
            width = 1000
        discriminator = nn.Sequential(*layers, nn.Linear(1000, 2)).to(device)
        glorot(discriminator)
        optimizer = torch.optim.Adam(discriminator.parameters(), lr=1e-4, betas=(0.5, 0.9), eps=1e-8)
        return {"discriminator": discriminator, "optimizer": optimizer, "generator": generator}

    def regularizer(self, hp, kl, mean, logvar, z, step, extra):
        logits = extra["discriminator"](z)
        extra["logits_z"] = logits
        return kl + hp["gamma"] * (logits[:, 0] - logits[:, 1]).mean()

    def step(self, vae_loss, optimizer, extra, z):
        discriminator, d_optimizer = extra["discriminator"], extra["optimizer"]
        z_perm = permute_dims(z.detach(), extra["generator"])
        d_loss = discriminator_loss(extra.pop("logits_z"), discriminator(z_perm))
        vae_params = [p for group in optimizer.param_groups for p in group["params"]]
        optimizer.zero_grad(set_to_none=True)
        d_optimizer.zero_grad(set_to_none=True)
        vae_loss.backward(inputs=vae_params, retain_graph=True)
        d_loss.backward(inputs=list(discriminator.parameters()))
        optimizer.step()
        d_optimizer.step()
