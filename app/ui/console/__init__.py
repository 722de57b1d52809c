"""The facilitator's console window."""
