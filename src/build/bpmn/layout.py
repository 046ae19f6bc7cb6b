#!/usr/bin/env python3
"""Writes the BPMN DI (diagram) of a process file from a small layout description.

The semantic XML of processes/*.bpmn is written by hand; this tool places shapes on a grid and routes
sequence flows orthogonally so Cockpit and Tasklist show a clean diagram. Usage:

    python3 src/build/bpmn/layout.py processes/onboarding.bpmn src/build/bpmn/onboarding.layout.py

The layout file defines LAYOUT = {element id: (x, y)} (top-left corner), SIZES for expanded sub-processes
{id: (w, h)}, and ROUTES {flow id: [(x, y), ...]} for flows that need explicit waypoints.
"""
import re
import runpy
import sys
import xml.etree.ElementTree as ET

NS = {
    'bpmn': 'http://www.omg.org/spec/BPMN/20100524/MODEL',
    'bpmndi': 'http://www.omg.org/spec/BPMN/20100524/DI',
    'dc': 'http://www.omg.org/spec/DD/20100524/DC',
    'di': 'http://www.omg.org/spec/DD/20100524/DI',
}
B = '{%s}' % NS['bpmn']

DEFAULT_SIZES = {
    'startEvent': (36, 36), 'endEvent': (36, 36), 'boundaryEvent': (36, 36),
    'intermediateCatchEvent': (36, 36), 'intermediateThrowEvent': (36, 36),
    'exclusiveGateway': (50, 50), 'parallelGateway': (50, 50), 'eventBasedGateway': (50, 50),
    'inclusiveGateway': (50, 50),
}


def main(bpmn_path, layout_path):
    spec = runpy.run_path(layout_path)
    layout, sizes, routes = spec['LAYOUT'], spec.get('SIZES', {}), spec.get('ROUTES', {})
    text = open(bpmn_path, encoding='utf-8').read()
    text = re.sub(r'\s*<bpmndi:BPMNDiagram.*</bpmndi:BPMNDiagram>', '', text, flags=re.S)
    root = ET.fromstring(text.encode('utf-8'))

    bounds, kinds, flows, expanded = {}, {}, [], set()
    for el in root.iter():
        tag = el.tag.replace(B, '')
        el_id = el.get('id')
        if tag == 'sequenceFlow':
            flows.append((el_id, el.get('sourceRef'), el.get('targetRef')))
        elif el_id in layout:
            x, y = layout[el_id]
            if tag in ('subProcess',):
                w, h = sizes[el_id]
                expanded.add(el_id)
            else:
                w, h = sizes.get(el_id, DEFAULT_SIZES.get(tag, (100, 80)))
            bounds[el_id] = (x, y, w, h)
            kinds[el_id] = tag
    missing = [el.get('id') for el in root.iter() if el.tag.replace(B, '') in
               ('startEvent', 'endEvent', 'boundaryEvent', 'userTask', 'serviceTask', 'receiveTask',
                'exclusiveGateway', 'subProcess', 'intermediateCatchEvent', 'intermediateThrowEvent',
                'sendTask', 'scriptTask', 'businessRuleTask', 'parallelGateway', 'callActivity',
                'eventBasedGateway', 'manualTask', 'task', 'inclusiveGateway')
               and el.get('id') not in layout]
    if missing:
        sys.exit('no position for: ' + ', '.join(missing))

    process = root.find('bpmn:process', NS)
    out = ['  <bpmndi:BPMNDiagram id="BPMNDiagram_%s">' % process.get('id'),
           '    <bpmndi:BPMNPlane id="BPMNPlane_%s" bpmnElement="%s">' % (process.get('id'), process.get('id'))]
    for el_id, (x, y, w, h) in bounds.items():
        extra = ' isExpanded="true"' if el_id in expanded else ''
        if kinds[el_id] == 'exclusiveGateway':
            extra = ' isMarkerVisible="true"'
        out.append('      <bpmndi:BPMNShape id="%s_di" bpmnElement="%s"%s>' % (el_id, el_id, extra))
        out.append('        <dc:Bounds x="%d" y="%d" width="%d" height="%d" />' % (x, y, w, h))
        out.append('      </bpmndi:BPMNShape>')
    for flow_id, src, tgt in flows:
        points = routes.get(flow_id) or route(bounds[src], bounds[tgt], kinds[src])
        out.append('      <bpmndi:BPMNEdge id="%s_di" bpmnElement="%s">' % (flow_id, flow_id))
        for px, py in points:
            out.append('        <di:waypoint x="%d" y="%d" />' % (px, py))
        out.append('      </bpmndi:BPMNEdge>')
    out += ['    </bpmndi:BPMNPlane>', '  </bpmndi:BPMNDiagram>']
    text = text.replace('</bpmn:definitions>', '\n'.join(out) + '\n</bpmn:definitions>')
    open(bpmn_path, 'w', encoding='utf-8').write(text)


def route(s, t, source_kind):
    sx, sy, sw, sh = s
    tx, ty, tw, th = t
    if source_kind == 'boundaryEvent':
        start = (sx + sw // 2, sy + sh)
        end = (tx + tw // 2, ty) if ty > sy else (tx, ty + th // 2)
        if start[0] == end[0]:
            return [start, end]
        return [start, (start[0], end[1]), end] if ty <= sy else [start, (start[0], ty + th // 2), (tx, ty + th // 2)]
    start = (sx + sw, sy + sh // 2)
    end = (tx, ty + th // 2)
    if start[1] == end[1]:
        return [start, end]
    if tx >= sx + sw:
        mid = (start[0] + end[0]) // 2
        return [start, (mid, start[1]), (mid, end[1]), end]
    # target to the left or below: leave downwards
    start = (sx + sw // 2, sy + sh)
    return [start, (start[0], end[1]), end]


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
