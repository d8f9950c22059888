"""`python -m model`: see model/worker.py."""
import sys

from .worker import main

sys.exit(main())
