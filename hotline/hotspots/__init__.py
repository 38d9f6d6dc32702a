"""Hotspots (热点): many people, one place, one problem.

batch.py finds them in a history of messages; surge.py is the statistical rule a streaming detector
applies to region × topic counts; heat.py is the score both rank by.
"""
