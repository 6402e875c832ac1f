"""One parser per known layout of the site, and a generic one for every other page."""
