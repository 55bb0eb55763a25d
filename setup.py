"""setup.py - builds librecoupe.so with `make lib` and puts it inside the
package as recoupe/librecoupe.so.0, where recoupe/_lib.py looks first.
The metadata is in setup.cfg."""

import os
import shutil
import subprocess

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.dist import Distribution

ROOT = os.path.dirname(os.path.abspath(__file__))
os.makedirs(os.path.join(ROOT, "build", "python"), exist_ok=True)


class BuildWithLibrary(build_py):
    def run(self):
        super().run()
        subprocess.check_call(["make", "-C", ROOT, "lib"])
        with open(os.path.join(ROOT, "include", "recoupe.h")) as h:
            version = next(line.split('"')[1] for line in h
                           if line.startswith("#define RCP_VERSION"))
        src = os.path.join(ROOT, "build", f"librecoupe.so.{version}")
        dst = os.path.join(self.build_lib, "recoupe", "librecoupe.so.0")
        shutil.copyfile(src, dst)


class BinaryDistribution(Distribution):
    """The wheel holds a shared library: it is for this platform only."""

    def has_ext_modules(self):
        return True


setup(cmdclass={"build_py": BuildWithLibrary},
      distclass=BinaryDistribution,
      options={"build": {"build_base": "build/python"},
               "egg_info": {"egg_base": "build/python"}})
