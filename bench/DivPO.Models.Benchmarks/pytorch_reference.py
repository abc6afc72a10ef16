"""Eager PyTorch forward pass of the issue-3 benchmark model, for comparison with the TorchSharp one.

The same Qwen3-style decoder as BenchmarkConfig.cs (hidden 512, 8 layers, 8/4 heads, head_dim 64,
intermediate 1536, sequence 256), random weights, written the straightforward way transformers'
eager attention does it. Runs with Debian's python3-torch (1.13, which predates
scaled_dot_product_attention) and libopenblas0-pthread:

    /usr/bin/python3 bench/DivPO.Models.Benchmarks/pytorch_reference.py [--threads N] [--rounds R]
"""
import argparse
import os
import time

import torch
import torch.nn.functional as F

HIDDEN, LAYERS, HEADS, KV_HEADS, HEAD_DIM, INTERMEDIATE = 512, 8, 8, 4, 64, 1536
VOCAB, SEQUENCE, EPS, THETA = 32000, 256, 1e-6, 1_000_000.0


def rms_norm(x, weight):
    return weight * (x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + EPS))


def rotate_half(x):
    x1, x2 = x[..., : x.shape[-1] // 2], x[..., x.shape[-1] // 2 :]
    return torch.cat((-x2, x1), dim=-1)


class Model:
    def __init__(self):
        g = torch.Generator().manual_seed(1234)

        def w(*shape):
            return torch.randn(*shape, generator=g) * 0.02

        self.embed = w(VOCAB, HIDDEN)
        self.layers = [
            dict(
                input_norm=torch.ones(HIDDEN), post_norm=torch.ones(HIDDEN),
                q=w(HEADS * HEAD_DIM, HIDDEN), k=w(KV_HEADS * HEAD_DIM, HIDDEN), v=w(KV_HEADS * HEAD_DIM, HIDDEN),
                o=w(HIDDEN, HEADS * HEAD_DIM), q_norm=torch.ones(HEAD_DIM), k_norm=torch.ones(HEAD_DIM),
                gate=w(INTERMEDIATE, HIDDEN), up=w(INTERMEDIATE, HIDDEN), down=w(HIDDEN, INTERMEDIATE),
            )
            for _ in range(LAYERS)
        ]
        self.norm = torch.ones(HIDDEN)
        self.score = w(1, HIDDEN)
        self.inv_freq = 1.0 / (THETA ** (torch.arange(0, HEAD_DIM, 2).float() / HEAD_DIM))

    def attention(self, p, x, cos, sin, mask):
        b, t, _ = x.shape
        q = rms_norm(F.linear(x, p["q"]).view(b, t, HEADS, HEAD_DIM), p["q_norm"]).transpose(1, 2)
        k = rms_norm(F.linear(x, p["k"]).view(b, t, KV_HEADS, HEAD_DIM), p["k_norm"]).transpose(1, 2)
        v = F.linear(x, p["v"]).view(b, t, KV_HEADS, HEAD_DIM).transpose(1, 2)
        q, k = q * cos + rotate_half(q) * sin, k * cos + rotate_half(k) * sin
        k = k.repeat_interleave(HEADS // KV_HEADS, dim=1)
        v = v.repeat_interleave(HEADS // KV_HEADS, dim=1)
        weights = torch.softmax(q @ k.transpose(2, 3) / HEAD_DIM**0.5 + mask, dim=-1)
        return F.linear((weights @ v).transpose(1, 2).reshape(b, t, HEADS * HEAD_DIM), p["o"])

    def forward(self, ids):
        b, t = ids.shape
        x = self.embed[ids]
        freqs = torch.outer(torch.arange(t).float(), self.inv_freq)
        emb = torch.cat((freqs, freqs), dim=-1)
        cos, sin = emb.cos(), emb.sin()
        mask = torch.full((t, t), float("-inf")).triu(1)
        for p in self.layers:
            x = x + self.attention(p, rms_norm(x, p["input_norm"]), cos, sin, mask)
            h = rms_norm(x, p["post_norm"])
            x = x + F.linear(F.silu(F.linear(h, p["gate"])) * F.linear(h, p["up"]), p["down"])
        return F.linear(rms_norm(x[:, -1], self.norm), self.score)


def gemm_gflops(m, k, n):
    a, b = torch.randn(m, k), torch.randn(k, n)
    a @ b
    start, runs = time.perf_counter(), 0
    while time.perf_counter() - start < 2 or runs < 3:
        a @ b
        runs += 1
    return 2.0 * m * k * n * runs / (time.perf_counter() - start) / 1e9


def tokens_per_second(model, batch, rounds):
    """Best wall-clock rate over the rounds, and tokens per CPU-second of this process (as the C# benchmark)."""
    ids = torch.randint(0, VOCAB, (batch, SEQUENCE), generator=torch.Generator().manual_seed(batch))
    model.forward(ids)
    best, cpu_start = 0.0, time.process_time()
    for _ in range(rounds):
        start = time.perf_counter()
        model.forward(ids)
        best = max(best, batch * SEQUENCE / (time.perf_counter() - start))
    return best, rounds * batch * SEQUENCE / (time.process_time() - cpu_start)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    print(f"pytorch {torch.__version__}, threads {torch.get_num_threads()}")
    print(f"GEMM float32 [2048x512]x[512x1536]: {gemm_gflops(2048, 512, 1536):.1f} GFLOP/s")
    model = Model()
    with torch.inference_mode():
        for batch in (1, 8, 32):
            best, per_cpu_second = tokens_per_second(model, batch, args.rounds)
            print(f"forward float32 batch {batch:2}: {best:7.0f} tokens/s, {per_cpu_second:6.0f} tokens/CPU-second")


if __name__ == "__main__":
    main()
