"""Gang training: G models of one method, data set and settings trained as one stacked computation.

One model per process leaves a GPU idle most of the time (each step of this small network is
bound by kernel launches and Python, BENCHMARKS.md). A gang stacks G models' parameters along a
new leading dimension (torch.func.stack_module_state) and runs each layer once for all of them:
dense layers as one batched matrix product, convolutions as one grouped convolution on CUDA
(StackedNetwork, whose kernels are chosen by KERNELS). Each model still is the model it would be alone:

- its weights start as they would alone (torch.manual_seed(seed), then the same constructors);
- its data stream, reparameterisation noise and FactorVAE permutations come from its own
  generators, seeded as alone; factors are drawn on the host, and images made on the device
  where the data set allows it (data/device.py), with the host renderer's arithmetic;
- its hyperparameters are its own (per-model tensors: beta, gamma, lambda_od, c_max, ...);
- Adam is elementwise, so one optimiser over the stacked parameters is each model's own Adam;
  bias correction uses each model's own step count, since a model resumed from its checkpoint
  may be further along than the others;
- the loss, regulariser and FactorVAE discriminator loss are the method's own code (methods/),
  called per model under torch.func.vmap.

So a model trained in a gang equals the same cell trained alone up to floating-point order
(grouped kernels sum in another order; measured in tests/test_gang.py). Checkpoints are per
model, in the solo trainer's format (runners/train.py), so a cell resumes from its own
checkpoint alone or in any gang. A model whose loss turns NaN, or whose lease is lost, leaves
the gang; the others go on.
"""

from __future__ import annotations

import copy
import io
from dataclasses import dataclass, field

import numpy as np

from .methods import methods
from .train import FINAL_WINDOW, LOSS_NAMES, SYNC_EVERY, keep_activation_memory

# How a gang runs each layer (StackedNetwork), chosen per process by EXPDB_GANG_KERNELS and
# recorded in each cell's provenance (its device, e.g. "cuda:0, gang kernels bmm"):
#   solo     each model's own kernel per layer (the CPU default: launches cost nothing there)
#   grouped  one grouped convolution per layer for the whole gang (the CUDA default)
#   bmm      every layer one batched matrix product over the gang, activations channels-last:
#            the number of operations per step does not grow with the gang (cuDNN runs a grouped
#            convolution's backward one model at a time)
KERNELS = ("solo", "grouped", "bmm")


def kernels_for(device, environ=None) -> str:
    """The gang kernels for a device: EXPDB_GANG_KERNELS when set, else grouped on CUDA, solo
    elsewhere. A bad value is refused in one line."""
    import os

    from expdb.plugin import RunnerError

    chosen = (os.environ if environ is None else environ).get("EXPDB_GANG_KERNELS", "")
    if not chosen:
        return "grouped" if device.type == "cuda" else "solo"
    if chosen not in KERNELS:
        raise RunnerError(f"EXPDB_GANG_KERNELS={chosen!r}: expected one of {', '.join(KERNELS)}")
    return chosen


def gang_key(content: dict) -> tuple:
    """What models must share to train as one computation: everything but seed and hyperparameters."""
    s = content["settings"]
    return (content["dataset"], content["method"], *sorted((k, repr(v)) for k, v in s.items()))


@dataclass
class Member:
    """One model of the gang: its identity, streams and bookkeeping (as runners/train.Trainer's)."""

    index: int  # position in the list of cells the gang was given
    content: dict
    updates: int
    step: int = 0
    noise: object = None  # torch.Generator
    data_rng: object = None  # numpy Generator
    window: list = field(default_factory=list)
    segment: list = field(default_factory=list)
    curve: list = field(default_factory=list)
    curve_every: int = 1


class GangTrainer:
    """The stacked state of the models still training, and their update step."""

    def __init__(self, contents: list[dict], channels: int, device, data, kernels: str | None = None):
        """kernels: one of KERNELS (default: kernels_for(device)); all are tested on CPU."""
        import torch
        from torch.func import stack_module_state

        from .data.device import device_sampler
        from .model import VAE

        first = contents[0]
        s = first["settings"]
        self.device, self.settings, self.data = device, s, data
        self.method = methods()[first["method"]]
        self.names = sorted(first["hyperparameters"])
        halve = s["step_convention"] == "reference" and first["method"] == "factor_vae"
        updates = s["steps"] // 2 if halve else s["steps"]
        curve_every = max(1, updates // s["curve_points"])
        self.members: list[Member] = []
        models, discriminators = [], []
        for index, content in enumerate(contents):
            torch.manual_seed(content["seed"])  # the same draws, in the same order, as runners/train.Trainer
            model = VAE(channels, s["resolution"], s["latent_dim"]).to(device)
            noise = torch.Generator(device=device)
            noise.manual_seed(content["seed"])
            hp = {k: float(v) for k, v in content["hyperparameters"].items()}
            extra = self.method.setup(model, hp, device, noise)
            models.append(model)
            if "discriminator" in extra:
                discriminators.append(extra["discriminator"])
            self.members.append(Member(index, content, updates, noise=noise,
                                       data_rng=np.random.default_rng([content["seed"], 20190609]),
                                       curve_every=curve_every))
        self.template = copy.deepcopy(models[0]).to("meta")
        params, _ = stack_module_state(models)
        self.params = {k: v.detach().clone().requires_grad_(True) for k, v in params.items()}
        self.vae_adam = StackedAdam(self.params, len(contents), lr=s["learning_rate"], betas=(0.9, 0.999))
        self.disc_template, self.disc_params, self.disc_adam = None, {}, None
        if discriminators:
            self.disc_template = copy.deepcopy(discriminators[0]).to("meta")
            dparams, _ = stack_module_state(discriminators)
            self.disc_params = {k: v.detach().clone().requires_grad_(True) for k, v in dparams.items()}
            self.disc_adam = StackedAdam(self.disc_params, len(contents), lr=1e-4, betas=(0.5, 0.9))
        self.hp = {name: torch.tensor([float(c["hyperparameters"][name]) for c in contents], device=device)
                   for name in self.names}
        # each model's update count, on the device: the step reads it without a copy from the host
        self.counts = torch.zeros(len(contents), device=device)
        self.sampler = device_sampler(data, device) if device.type == "cuda" else None
        self.kernels = kernels or kernels_for(device)
        self.net = StackedNetwork(self.template, self.disc_template, self.kernels)
        self.pending: list = []  # (G, 4) losses per update, read back in batches
        self._step_fn = self._build_step()
        keep_activation_memory()

    # the step ---------------------------------------------------------------------------
    def _build_step(self):
        """The losses of one model, vmapped over the gang: the method's own code, per model."""
        import torch
        from torch.func import vmap

        from .model import kl_divergence, reconstruction_loss

        method = self.method

        def one_model(x, logits, mean, logvar, z, logits_z, hp, step):
            recon = reconstruction_loss(logits, x)
            kl = kl_divergence(mean, logvar)
            extra = {"discriminator": lambda code: logits_z} if self.disc_template is not None else {}
            regularizer = method.regularizer(hp, kl, mean, logvar, z, step, extra)
            loss = recon + regularizer
            return loss, torch.stack([recon, kl, regularizer, loss]).detach()

        return vmap(one_model, randomness="error")

    def _batches(self):
        import torch

        n = self.settings["batch_size"]
        if self.sampler is not None:
            factors = np.concatenate([self.data.sample_factors(n, m.data_rng) for m in self.members])
            images = self.sampler.images(factors)
            return images.view(len(self.members), n, *images.shape[1:])
        images = torch.from_numpy(np.stack([self.data.sample(n, m.data_rng)[1] for m in self.members]))
        if self.device.type == "cuda":  # from pinned memory, without waiting for the copy
            return images.pin_memory().to(self.device, non_blocking=True)
        return images

    def train_step(self) -> None:
        import torch

        from .methods.factor_vae import discriminator_loss, permute_stacked

        x = self._batches()
        eps = torch.stack([torch.randn((x.shape[1], self.settings["latent_dim"]), generator=m.noise,
                                       device=self.device) for m in self.members])
        steps = self.counts
        net = self.net
        mean, logvar = net.encode(self.params, x)
        z = mean + (logvar / 2).exp() * eps
        logits = net.decode(self.params, z)
        logits_z = net.discriminate(self.disc_params, z) if self.disc_template is not None else z
        losses, rows = self._step_fn(x, logits, mean, logvar, z, logits_z, self.hp, steps)
        vae_params = list(self.params.values())
        if self.disc_template is None:
            grads = torch.autograd.grad(losses.sum(), vae_params)
            self.vae_adam.step(grads, self.members)
        else:
            from torch.func import vmap

            z_perm = permute_stacked(z.detach(), [m.noise for m in self.members])
            d_losses = vmap(discriminator_loss)(logits_z, net.discriminate(self.disc_params, z_perm))
            grads = torch.autograd.grad(losses.sum(), vae_params, retain_graph=True)
            d_grads = torch.autograd.grad(d_losses.sum(), list(self.disc_params.values()))
            self.vae_adam.step(grads, self.members)
            self.disc_adam.step(d_grads, self.members)
        self.pending.append(rows)
        self.counts.add_(1)
        for m in self.members:
            m.step += 1

    def due(self) -> bool:
        """Read losses back now: a batch is full, a curve point or the end is reached."""
        return any(m.step % SYNC_EVERY == 0 or m.step % m.curve_every == 0 or m.step >= m.updates
                   for m in self.members)

    def collect(self) -> dict[int, FloatingPointError]:
        """Read pending losses back; per member, the window and curve as alone. Returns the
        members (by gang position) whose loss was not finite."""
        if not self.pending:
            return {}
        import torch

        table = torch.stack(self.pending).cpu().numpy()  # (updates, G, 4)
        self.pending = []
        broken = {}
        for g, m in enumerate(self.members):
            first = m.step - len(table) + 1
            for step, (recon, kl, regularizer, loss) in enumerate(table[:, g].tolist(), start=first):
                if not np.isfinite(loss):
                    broken[g] = FloatingPointError(f"loss is {loss} at update {step}")
                    break
                values = (recon, kl, -(recon + kl), regularizer, loss)
                m.window = (m.window + [values])[-FINAL_WINDOW:]
                m.segment.append(values)
                if step % m.curve_every == 0 or step == m.updates:
                    means = np.mean(m.segment, axis=0)
                    m.curve.extend((step, name, float(v)) for name, v in zip(LOSS_NAMES, means))
                    m.segment = []
        return broken

    def final_losses(self, g: int) -> dict[str, float]:
        return {name: float(v) for name, v in zip(LOSS_NAMES, np.mean(self.members[g].window, axis=0))}

    def remove(self, gone: set[int]) -> None:
        """Members (by gang position) leave the gang: the stacks keep the others only."""
        if not gone:
            return
        import torch

        keep = [g for g in range(len(self.members)) if g not in gone]
        index = torch.tensor(keep, dtype=torch.long, device=self.device)
        self.params = {k: v.detach()[index].clone().requires_grad_(True) for k, v in self.params.items()}
        self.vae_adam.keep(index, self.params)
        if self.disc_template is not None:
            self.disc_params = {k: v.detach()[index].clone().requires_grad_(True) for k, v in self.disc_params.items()}
            self.disc_adam.keep(index, self.disc_params)
        self.hp = {k: v[index] for k, v in self.hp.items()}
        self.counts = self.counts[index]
        self.members = [self.members[g] for g in keep]

    # one member's state in runners/train.Trainer's format ----------------------------------
    def state_dict(self, g: int) -> dict:
        return {k: v[g].detach().cpu().clone() for k, v in self.params.items()}

    def weights_bytes(self, g: int) -> bytes:
        import torch

        buffer = io.BytesIO()
        torch.save(self.state_dict(g), buffer)
        return buffer.getvalue()

    def state_bytes(self, g: int) -> bytes:
        import torch

        m = self.members[g]
        extra = {}
        if self.disc_template is not None:
            extra = {"discriminator": {k: v[g].detach().cpu().clone() for k, v in self.disc_params.items()},
                     "optimizer": self.disc_adam.torch_state(g, self.disc_params)}
        state = {
            "step": m.step, "model": self.state_dict(g), "optimizer": self.vae_adam.torch_state(g, self.params),
            "noise": m.noise.get_state(), "data_rng": m.data_rng.bit_generator.state,
            "window": m.window, "segment": m.segment, "curve": m.curve, "extra": extra,
        }
        buffer = io.BytesIO()
        torch.save(state, buffer)
        return buffer.getvalue()

    def load_state(self, g: int, payload: bytes) -> None:
        """A checkpoint written alone or in any gang, for member g (before its first step here)."""
        import torch

        state = torch.load(io.BytesIO(payload), map_location="cpu", weights_only=False)
        m = self.members[g]
        with torch.no_grad():
            for k, v in state["model"].items():
                self.params[k][g].copy_(v)
            for k, v in state["extra"].get("discriminator", {}).items():
                self.disc_params[k][g].copy_(v)
        self.vae_adam.load_torch_state(g, state["optimizer"], self.params)
        if self.disc_template is not None:
            self.disc_adam.load_torch_state(g, state["extra"]["optimizer"], self.disc_params)
        m.step = state["step"]
        self.counts[g] = float(m.step)
        m.noise.set_state(state["noise"].cpu() if hasattr(state["noise"], "cpu") else state["noise"])
        m.data_rng.bit_generator.state = state["data_rng"]
        m.window, m.segment, m.curve = state["window"], state["segment"], state["curve"]


class StackedNetwork:
    """The VAE (and FactorVAE's discriminator) of every member at once, read off the solo modules'
    own layer lists (model.py), so the architecture is written in one place.

    Activations are (G, B, ...), images (G, B, C, H, W) outside. kernels (KERNELS):
    - solo: each model's own kernel per layer. On CPU, where launches cost nothing, the fastest:
      grouped convolutions measured 1.4-1.6x slower there than the same convolutions one model at a
      time, and batched products slower than single ones (BENCHMARKS.md, "Gang training").
    - grouped: one grouped convolution or batched product per layer for the gang.
    - bmm: every layer one strided-batched matrix product over the gang. Activations between
      convolutions are channels-last, (G, B, H, W, C): a convolution's patches are two
      Tensor.unfold views of its padded input, copied once into (G, B*Ho*Wo, C*k*k) and multiplied
      by the stacked weights; a transposed convolution is the product of its input with the
      weights, (G, B*H*W, Cout*k*k), folded back onto the output by the backward of those two
      unfolds (aten.unfold_backward: overlapping windows summed), less the padding. The layer's
      arithmetic is the convolution's, summed in another order."""

    def __init__(self, template, disc_template, kernels: str = "solo"):
        if kernels not in KERNELS:
            raise ValueError(f"kernels must be one of {', '.join(KERNELS)}, not {kernels!r}")
        self.template, self.disc_template, self.kernels = template, disc_template, kernels
        self.channels_last = kernels == "bmm"

    def encode(self, params, x):
        if self.channels_last:
            x = x.permute(0, 1, 3, 4, 2)  # a view: the first layer's patch copy reads it in place
        h = self._run(self.template.encoder.convs, "encoder.convs", params, x)
        return self._linear(params, "encoder.mean", h), self._linear(params, "encoder.logvar", h)

    def decode(self, params, z):
        h = self._run(self.template.decoder.dense, "decoder.dense", params, z)
        h = h.reshape(*h.shape[:2], 64, 4, 4)
        if self.channels_last:
            h = h.permute(0, 1, 3, 4, 2)
        h = self._run(self.template.decoder.deconvs, "decoder.deconvs", params, h)
        return h.permute(0, 1, 4, 2, 3) if self.channels_last else h

    def discriminate(self, dparams, z):
        return self._run(self.disc_template, "", dparams, z)

    def _run(self, sequence, prefix, params, h):
        import torch
        from torch import nn

        for name, layer in sequence.named_children():
            key = f"{prefix}.{name}" if prefix else name
            if isinstance(layer, nn.Linear):
                h = self._linear(params, key, h)
            elif isinstance(layer, (nn.Conv2d, nn.ConvTranspose2d)):
                conv = self._conv_bmm if self.channels_last else self._conv
                h = conv(layer, params[f"{key}.weight"], params[f"{key}.bias"], h)
            elif isinstance(layer, nn.ReLU):
                h = torch.relu(h)
            elif isinstance(layer, nn.LeakyReLU):
                h = torch.nn.functional.leaky_relu(h, layer.negative_slope)
            elif isinstance(layer, nn.Flatten):
                # the solo model flattens (C, H, W): the dense layer's weights expect that order
                h = (h.permute(0, 1, 4, 2, 3) if self.channels_last and h.dim() == 5 else h).flatten(2)
            else:
                raise TypeError(f"a gang cannot stack a {type(layer).__name__} layer")
        return h

    def _linear(self, params, key, h):
        import torch

        weight, bias = params[f"{key}.weight"], params[f"{key}.bias"]
        if self.kernels == "solo":
            return torch.stack([torch.nn.functional.linear(x, w, b)
                                for x, w, b in zip(h.unbind(0), weight.unbind(0), bias.unbind(0))])
        # (G, B, in) x (G, in, out) + (G, 1, out): one batched product for the whole gang
        return torch.baddbmm(bias.unsqueeze(1), h, weight.transpose(1, 2))

    def _conv(self, layer, weight, bias, h):
        import torch
        from torch import nn

        fn = torch.nn.functional.conv2d if isinstance(layer, nn.Conv2d) else torch.nn.functional.conv_transpose2d
        options = {"stride": layer.stride, "padding": layer.padding}
        if self.kernels == "solo":  # unbind, not indexing: its backward is one stack, not G zero-filled copies
            return torch.stack([fn(x, w, b, **options) for x, w, b in zip(h.unbind(0), weight.unbind(0), bias.unbind(0))])
        size, batch = h.shape[:2]
        merged = h.transpose(0, 1).reshape(batch, size * h.shape[2], *h.shape[3:])  # (B, G*C, H, W)
        out = fn(merged, weight.flatten(0, 1), bias.flatten(), groups=size, **options)
        return out.reshape(batch, size, -1, *out.shape[2:]).transpose(0, 1)

    @staticmethod
    def _conv_bmm(layer, weight, bias, h):
        """One layer for the gang as one batched matrix product; h and the result channels-last."""
        import torch
        from torch import nn

        (k, _), (s, _), (p, _) = layer.kernel_size, layer.stride, layer.padding
        if isinstance(layer, nn.Conv2d):  # weight (G, O, C, k, k)
            if p:
                h = torch.nn.functional.pad(h, (0, 0, p, p, p, p))  # W and H, not C
            patches = h.unfold(2, k, s).unfold(3, k, s)  # (G, B, Ho, Wo, C, k, k): a view
            size, batch, rows, cols = patches.shape[:4]
            out = torch.baddbmm(bias.unsqueeze(1), patches.reshape(size, batch * rows * cols, -1),
                                weight.flatten(2).transpose(1, 2))
            return out.view(size, batch, rows, cols, -1)
        # ConvTranspose2d, weight (G, Cin, Cout, k, k): every input pixel spreads a k x k window
        size, batch, rows, cols, channels = h.shape
        out_channels = weight.shape[2]
        windows = torch.bmm(h.reshape(size, batch * rows * cols, channels), weight.flatten(2))
        windows = windows.view(size, batch, rows, cols, out_channels, k, k)
        full_rows, full_cols = (rows - 1) * s + k, (cols - 1) * s + k
        folded = torch.ops.aten.unfold_backward(windows, [size, batch, rows, full_cols, out_channels, k], 3, k, s)
        folded = torch.ops.aten.unfold_backward(folded, [size, batch, full_rows, full_cols, out_channels], 2, k, s)
        if p:
            folded = folded[:, :, p:full_rows - p, p:full_cols - p]
        return folded + bias.view(size, 1, 1, 1, out_channels)


class StackedAdam:
    """Adam over stacked parameters with a step count per model, in torch.optim.Adam's arithmetic
    (torch's single-tensor path, non-amsgrad): each model's slice gets exactly its own update."""

    def __init__(self, params: dict, size: int, lr: float, betas=(0.9, 0.999), eps: float = 1e-8):
        import torch

        self.lr, self.betas, self.eps = lr, betas, eps
        self.exp_avg = {k: torch.zeros_like(v) for k, v in params.items()}
        self.exp_avg_sq = {k: torch.zeros_like(v) for k, v in params.items()}
        self.steps = [0] * size  # on the host, for checkpoints: counted there, never read back
        first = next(iter(params.values()))
        # the same counts on the device, in float64 as torch computes Adam's scalars: a step's bias
        # corrections are computed there, with no tensor made from host numbers per step
        self.counts = torch.zeros(size, dtype=torch.float64, device=first.device)
        self._params = params
        # the settings torch.optim.Adam itself records, so that a solo trainer loads our state
        probe = torch.optim.Adam([torch.zeros(1, requires_grad=True)], lr=lr, betas=betas, eps=eps)
        self._group = {k: v for k, v in probe.state_dict()["param_groups"][0].items() if k != "params"}

    def step(self, grads, members) -> None:
        import torch

        beta1, beta2 = self.betas
        self.steps = [s + 1 for s in self.steps]
        self.counts.add_(1)
        first = next(iter(self.exp_avg.values()))
        # per-model bias corrections, in float64 as torch computes its scalars (1 - beta ** step,
        # then a square root as ** 0.5), on the device
        correction1 = 1 - torch.pow(beta1, self.counts)
        correction2 = (1 - torch.pow(beta2, self.counts)).pow(0.5)
        step_size = (self.lr / correction1).to(first.dtype)
        root = correction2.to(first.dtype)
        with torch.no_grad():
            for (name, param), grad in zip(self._params.items(), grads):
                grad = grad.contiguous()  # a transposed gradient makes the passes below strided and slow
                shape = (-1,) + (1,) * (param.dim() - 1)
                m, v = self.exp_avg[name], self.exp_avg_sq[name]
                m.lerp_(grad, 1 - beta1)
                v.mul_(beta2).addcmul_(grad, grad, value=1 - beta2)
                # param -= step_size * m / denom, with one temporary (FactorVAE's discriminator
                # stacks millions of parameters per model, and Adam's passes over them add up)
                denom = v.sqrt().div_(root.view(shape)).add_(self.eps).div_(step_size.view(shape))
                param.addcdiv_(m, denom, value=-1.0)

    def keep(self, index, params: dict) -> None:
        self.exp_avg = {k: v[index].clone() for k, v in self.exp_avg.items()}
        self.exp_avg_sq = {k: v[index].clone() for k, v in self.exp_avg_sq.items()}
        self.steps = [self.steps[i] for i in index.tolist()]
        self.counts = self.counts[index]
        self._params = params

    def torch_state(self, g: int, params: dict) -> dict:
        """Member g's state as torch.optim.Adam.state_dict() would give it alone."""
        import torch

        names = list(params)
        return {
            "state": {i: {"step": torch.tensor(float(self.steps[g])), "exp_avg": self.exp_avg[k][g].detach().cpu().clone(),
                          "exp_avg_sq": self.exp_avg_sq[k][g].detach().cpu().clone()} for i, k in enumerate(names)},
            "param_groups": [{**self._group, "params": list(range(len(names)))}],
        }

    def load_torch_state(self, g: int, state: dict, params: dict) -> None:
        import torch

        names = list(params)
        with torch.no_grad():
            steps = set()
            for i, k in enumerate(names):
                entry = state["state"].get(i) or state["state"].get(str(i))
                if entry is None:
                    continue
                self.exp_avg[k][g].copy_(entry["exp_avg"])
                self.exp_avg_sq[k][g].copy_(entry["exp_avg_sq"])
                steps.add(int(entry["step"]))
        self.steps[g] = max(steps) if steps else 0
        self.counts[g] = float(self.steps[g])
