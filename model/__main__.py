"""`python -m model`: see model/worker/cli.py."""
import os
import sys

from .worker.protocol import CANCELLED
from .worker.cli import main

code = main()
if code == CANCELLED:
    # A cancelled fit can leave TensorFlow's thread pools busy; finalising the
    # interpreter under them crashed once (SIGSEGV at exit). Nothing is left to
    # clean up: outputs were discarded while the cancel unwound.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
sys.exit(code)
