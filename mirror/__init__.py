"""The offline mirror of the section: dated epochs of its pages and a loopback HTTP server for them."""
