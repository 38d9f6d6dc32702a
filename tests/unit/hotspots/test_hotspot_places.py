from hotline.hotspots.places import extract_places, extract_pois, normalise_poi, region_code


def test_named_place_loses_road_and_generic_tail():
    assert normalise_poi("劳动东路魅力之城小区") == "魅力之城"
    assert extract_pois("A5区劳动东路魅力之城小区油烟扰民") == ["魅力之城"]
    assert extract_pois("A市涉外经济学院组织学生外出打工合理吗？") == ["涉外经济学院"]


def test_kinds_of_place_are_not_names():
    assert extract_pois("反映小区配套幼儿园公办或普惠问题") == []


def test_pseudonymised_admin_units():
    p = extract_places("A5区劳动东路魅力之城小区油烟扰民", "A市A5区……")
    assert p.admin[:2] == ("A5区", "A市")
    assert p.pois == ("魅力之城",)
    assert p.region_code is None


def test_real_region_code():
    names, code = region_code("湖南省长沙市岳麓区某收费站劝返货车")
    assert code == "430104"
    assert "岳麓区" in names
    # an ambiguous county name alone gives no code; with its city it does
    assert region_code("朝阳区某路段拥堵")[1] is None
    assert region_code("长春市朝阳区某路段拥堵")[1] == "220104"
