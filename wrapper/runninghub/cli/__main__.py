"""`python -m runninghub.cli`: the same as the `runninghub` console script."""

from . import main

main()
