"""Hotspots (热点): many people, one place, one problem.

batch.py finds them in a history of messages; surge.py is the statistical rule a streaming detector
applies to region × topic counts; heat.py is the score both rank by. stream.py is the streaming
detector's pure core (topics + surge rule), job.py runs it over the events log
(`run_hotspot_step`), incidents.py turns surges into 热点事件 and carries out what people do with
them, title.py names them.
"""
