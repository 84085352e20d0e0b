"""A model's recipe: how it was made, stage by stage, kept in its file so that anyone can make
it again (as nanoGPT's checkpoints carry the config that rebuilds the model).

A recipe is a list of stages, oldest first; a model trained from another (a fine-tune, the
second stage of the pen recipe) gets its base's stages and then its own. A stage is a plain
JSON object:

    {"kind": "train" | "finetune" | "pen_train" | ...,
     "command": the command line that ran it, or how it was started in the window,
     "settings": every setting that decides the result (configs, data mix, seed, ...),
     "data": what it was trained on (MNIST's checksums, pen writers, ...),
     "when": the time it ended,
     "note": optional, e.g. that the stage was recorded after the fact}
"""

from __future__ import annotations

import json
import shlex
import sys
import time

KINDS = ("train", "finetune", "pen_train", "window_train", "window_finetune")


def command_line(argv: list[str] | None = None) -> str:
    """The command that is running, as a person would type it again."""
    argv = list(sys.argv if argv is None else argv)
    if argv and argv[0].endswith(("bnn-gui", "__main__.py")):
        argv[0] = "bnn-gui"
    elif argv and argv[0].endswith(".py"):
        argv = ["python", argv[0].split("/work/main/")[-1]] + argv[1:]
    return shlex.join(argv)


def stage(kind: str, settings: dict, data: dict | None = None, command: str | None = None,
          note: str | None = None) -> dict:
    """One stage, ended now; ``command``: how it was run (default: this process's command)."""
    out = {"kind": kind, "command": command if command is not None else command_line(),
           "settings": settings, "data": data or {},
           "when": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    if note:
        out["note"] = note
    json.dumps(out)  # plain JSON only: raises here, not when the file is written
    return out


def extend(base: list | None, new: dict) -> list:
    """The recipe of a model made from a model with recipe ``base`` by the stage ``new``."""
    return list(base or []) + [new]


def parse(text: str | None) -> list:
    """A recipe from a model file's metadata; [] for a file that holds none. Anything but a
    list of JSON objects raises ValueError."""
    if not text:
        return []
    value = json.loads(text)
    if not isinstance(value, list) or not all(isinstance(s, dict) for s in value):
        raise ValueError("its recipe is not a list of stages")
    return value


def describe(recipe: list) -> list[str]:
    """The recipe as lines for a person: each stage's command, then its settings."""
    if not recipe:
        return ["(no recipe recorded: a model made before recipes were kept)"]
    lines, shown = [], {}
    for i, s in enumerate(recipe, 1):
        lines.append(f"{i}. {s.get('kind', '?')}, {s.get('when', 'time unknown')}")
        if s.get("command"):
            lines.append(f"   $ {s['command']}")
        if s.get("note"):
            lines.append(f"   ({s['note']})")
        for key, value in (s.get("settings") or {}).items():
            text = json.dumps(value, sort_keys=True, ensure_ascii=False)
            same = shown.get(key) == text  # a config repeated stage after stage: once
            shown[key] = text
            lines.append(f"   {key}: {'(as in the stage before)' if same else text}")
        for key, value in (s.get("data") or {}).items():
            lines.append(f"   data {key}: {json.dumps(value, sort_keys=True, ensure_ascii=False)}")
    return lines
