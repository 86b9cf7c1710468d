"""spark-submit target: `spark-submit … stream_prices.py --config job.json` (the package comes with --py-files)."""

import sys

from stockctl_stream.main import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
