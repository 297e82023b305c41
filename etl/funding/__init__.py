"""funding"""
