"""A workspace: the folder holding `articles/` (the inbox), `datasets/` and `reports/`.

It is chosen by `--root`, else `TRACKER_ROOT`, else the nearest folder from the
current one upwards that holds `tracker.toml`, else the current folder.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

CONFIG_NAME = "tracker.toml"


class ConfigError(Exception):
    """The workspace config cannot be read."""


@dataclass
class Workspace:
    root: Path
    config: dict = field(default_factory=dict)

    @classmethod
    def locate(cls, root: str | os.PathLike | None = None) -> "Workspace":
        if root is None:
            root = os.environ.get("TRACKER_ROOT") or None
        if root is None:
            here = Path.cwd()
            root = next((p for p in (here, *here.parents) if (p / CONFIG_NAME).is_file()), here)
        return cls.open(Path(root))

    @classmethod
    def open(cls, root: str | os.PathLike) -> "Workspace":
        root = Path(root).resolve()
        config = {}
        path = root / CONFIG_NAME
        if path.is_file():
            try:
                config = tomllib.loads(path.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise ConfigError(f"{path}: {exc}") from exc
        return cls(root=root, config=config)

    @property
    def articles_dir(self) -> Path:
        return self.root / "articles"

    @property
    def datasets_dir(self) -> Path:
        return self.root / "datasets"

    @property
    def reports_dir(self) -> Path:
        return self.root / "reports"

    @property
    def charts_dir(self) -> Path:
        return self.reports_dir / "charts"

    def setting(self, name: str, default=None):
        return self.config.get("settings", {}).get(name, default)

    def ensure(self) -> "Workspace":
        for folder in (self.articles_dir, self.datasets_dir, self.reports_dir, self.charts_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self
