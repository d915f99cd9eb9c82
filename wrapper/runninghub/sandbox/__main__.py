"""`python -m runninghub.sandbox`: run the sandbox in the foreground."""

import sys

from . import main

sys.exit(main())
