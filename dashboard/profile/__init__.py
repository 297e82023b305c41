"""A place's profile: what a region, district or municipality pays, runs and decides (pure)."""
