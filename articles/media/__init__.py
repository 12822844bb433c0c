"""The media library: images, their renditions, and the pictures readers see.

Layers, bottom up: ``imaging`` (pure Pillow functions: checks, EXIF stripping, resizing and
focal-point crops), ``store`` (writes images and renditions through Django's STORAGES),
``render`` (the reader-side <picture>/<figure> markup), then ``admin`` and the management
command on top. ``models`` only declares the tables.
"""
