#!/usr/bin/env python3
"""Write a synthetic pools file of a given size for divpo's speed and memory benchmarks.

Deterministic for a given seed. Texts are drawn from a Zipf-like vocabulary so word-frequency diversity has
realistic work to do. Usage: generate-pools.py OUT --megabytes 1024 [--layout grouped|flat] [--seed 1]
"""
import argparse
import json
import random

VOCABULARY_SIZE = 20_000


def words(rng):
    # Zipf-ish: low indices are common words, high indices rare ones.
    return [f"w{int(VOCABULARY_SIZE ** rng.random())}" for _ in range(rng.randint(20, 220))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--megabytes", type=int, default=1024)
    parser.add_argument("--layout", choices=["grouped", "flat"], default="grouped")
    parser.add_argument("--responses", type=int, default=16)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    limit = args.megabytes * 1024 * 1024
    written = 0
    pool = 0
    with open(args.out, "w", encoding="utf-8") as out:
        while written < limit:
            prompt = "Question %d: %s?" % (pool, " ".join(words(rng)[:20]))
            responses = [{"text": " ".join(words(rng)), "reward": round(rng.gauss(0, 1), 4)} for _ in range(args.responses)]
            if args.layout == "grouped":
                lines = [json.dumps({"prompt_id": f"syn-{pool}", "prompt": prompt, "responses": responses})]
            else:
                lines = [json.dumps({"prompt_id": f"syn-{pool}", "prompt": prompt, "response": r["text"], "reward": r["reward"]})
                         for r in responses]
            for line in lines:
                out.write(line + "\n")
                written += len(line) + 1
            pool += 1
    print(f"{args.out}: {pool} pools, {written / 1024 / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
