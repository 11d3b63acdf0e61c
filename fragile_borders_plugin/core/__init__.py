"""Pure analysis core of Fragile Borders: numpy / rasterio / geopandas / scikit-image, never qgis."""
