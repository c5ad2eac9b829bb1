#!/usr/bin/env python3
"""Copies the province boundaries (../shared/data/geo/indonesia-38-provinces.geojson, Deny Herianto, CC BY 4.0) into
the public site's static files: corrects the six Papua-region codes by name (the file as published gives 91 or 92 to
all of them), keeps only PROVINSI and KODE_PROV, rounds coordinates to 3 decimals (about 100 m) and drops points that
rounding made equal. Usage: scripts/prepare-province-map.py SOURCE TARGET"""
import json
import sys

OFFICIAL = {"PAPUA": "91", "PAPUA BARAT": "92", "PAPUA SELATAN": "93", "PAPUA TENGAH": "94",
            "PAPUA PEGUNUNGAN": "95", "PAPUA BARAT DAYA": "96"}


def ring(points):
    out = []
    for x, y, *_ in points:
        p = [round(x, 3), round(y, 3)]
        if not out or out[-1] != p:
            out.append(p)
    if out[0] != out[-1]:
        out.append(out[0])
    return out if len(out) >= 4 else None


def geometry(g):
    polygons = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
    kept = []
    for polygon in polygons:
        rings = [r for r in (ring(r) for r in polygon) if r]
        if rings:
            kept.append(rings)
    return {"type": "MultiPolygon", "coordinates": kept}


source, target = sys.argv[1], sys.argv[2]
data = json.load(open(source, encoding="utf-8"))
features = []
for f in data["features"]:
    name = f["properties"]["PROVINSI"].strip()
    code = OFFICIAL.get(name.upper(), str(f["properties"]["KODE_PROV"]).strip())
    features.append({"type": "Feature", "properties": {"PROVINSI": name, "KODE_PROV": code},
                     "geometry": geometry(f["geometry"])})
codes = sorted(f["properties"]["KODE_PROV"] for f in features)
assert len(codes) == 38 and len(set(codes)) == 38, codes
json.dump({"type": "FeatureCollection", "features": features}, open(target, "w", encoding="utf-8"),
          separators=(",", ":"), ensure_ascii=False)
print(len(features), "provinces;", "codes", " ".join(codes))
