"""``python -m detente``: the same command line as the ``detente`` script."""

from detente.cli import main

if __name__ == "__main__":
    main()
