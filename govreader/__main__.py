import sys

from govreader.cli import main

sys.exit(main())
