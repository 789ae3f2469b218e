import sys

from sentinelle.proxy.cli import main

sys.exit(main())
