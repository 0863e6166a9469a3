// Placeholder so the target builds; replaced by the transit model.
