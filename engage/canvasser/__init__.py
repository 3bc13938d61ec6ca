"""The Canvasser Programme: partners record engagement-group sessions and what young people said."""
