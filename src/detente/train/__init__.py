"""Building the trained event detector from the project's own labelled text (``pip install .[train]``).

``dataset`` (reading and validating the data) needs nothing beyond detente itself; training needs the extra.
"""
