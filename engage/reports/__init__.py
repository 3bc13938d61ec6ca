"""Reports and exports, and the disclosure control every one of them goes through."""
