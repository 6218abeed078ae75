"""Content of the demo desk: the Highland Courier, a fictional regional paper.

Pure data, read by ``articles.demo.loader``. Times in ``published`` are local (Asia/Baku).
"""

SECTIONS = [  # (title, slug, one-sentence intro)
    ("News", "news", "What happened today across the highland districts, from Kalbajar to Fuzuli."),
    ("Region", "region", "Villages, roads, water and weather in the five districts we cover."),
    (
        "Politics",
        "politics",
        "District administrations, local budgets and the public hearings that shape them.",
    ),
    ("Economy", "economy", "Farms, markets, jobs and the money behind reconstruction."),
    ("Culture", "culture", "Heritage, music, crafts and the people who keep them alive."),
]

AUTHORS = [  # staff of the desk; slug is lowercase-hyphenated
    {
        "name": "Leyla Mammadova",
        "slug": "leyla-mammadova",
        "job_title": "Senior reporter, Kalbajar and Lachin",
        "bio": "Leyla covers the Kalbajar and Lachin districts, from village water supplies to "
        "mountain roads. She has reported on returning residents since the first families "
        "moved back.",
    },
    {
        "name": "Rauf Aliyev",
        "slug": "rauf-aliyev",
        "job_title": "Chief photographer",
        "bio": "Rauf photographs the highlands for the Courier in every season. He spent ten "
        "years on agency assignments before joining the desk.",
    },
    {
        "name": "Nigar Hasanova",
        "slug": "nigar-hasanova",
        "job_title": "Economy correspondent",
        "bio": "Nigar writes about farms, markets and district budgets. She trained as an "
        "agronomist before turning to journalism.",
    },
    {
        "name": "Tural Safarov",
        "slug": "tural-safarov",
        "job_title": "Culture editor",
        "bio": "Tural edits the culture pages and writes about heritage sites, music and crafts. "
        "He grew up listening to mugham in his grandfather's tea house.",
    },
    {
        "name": "Aysel Karimli",
        "slug": "aysel-karimli",
        "job_title": "News editor",
        "bio": "Aysel runs the news desk and edits the wire copy the Courier takes from "
        "agencies. She previously worked as a correspondent in Ganja.",
    },
    {
        "name": "Farid Musayev",
        "slug": "farid-musayev",
        "job_title": "Reporter, Aghdam and Fuzuli",
        "bio": "Farid reports from the lowland districts of Aghdam and Fuzuli, with a particular "
        "interest in health and sport. He also takes pictures for the desk when no "
        "photographer is free.",
    },
]

IMAGES = [  # drawn by articles.demo.pictures, referenced by key
    {
        "key": "khudavang",
        "title": "Khudavang albanian monastery",
        "description": "The main church of the Khudavang monastery on its wooded slope above the "
        "Tartar river.",
        "alt": "A stone church with a pointed roof among trees on a hillside",
        "creator": "Niyaz",
        "credit_line": "",
        "copyright_notice": "",
        "licence": "cc-by-2.0",
        "source_url": "https://example.org/photos/niyaz/khudavang",
        "usage_terms": "",
        "palette": ("#2f5d50", "#d9c8a0"),
        "motif": "building",
    },
    {
        "key": "tartar-valley",
        "title": "Tartar valley in autumn",
        "description": "The Tartar river winds through its valley below the town of Kalbajar.",
        "alt": "A river running through a wide valley between green and brown hills",
        "creator": "Elvin Huseynli",
        "credit_line": "",
        "copyright_notice": "",
        "licence": "cc-by-sa-4.0",
        "source_url": "https://example.org/photos/elvin-huseynli/tartar-valley",
        "usage_terms": "",
        "palette": ("#35524a", "#c9d6c3"),
        "motif": "river",
    },
    {
        "key": "murovdag",
        "title": "Murovdag ridge under snow",
        "description": "Snow on the Murovdag ridge, seen from the road to the pass.",
        "alt": "Layered mountain ridges with white tops under a pale sky",
        "creator": "Anar Rustamli",
        "credit_line": "",
        "copyright_notice": "",
        "licence": "cc0-1.0",
        "source_url": "https://example.org/commons/anar-rustamli/murovdag-ridge",
        "usage_terms": "",
        "palette": ("#3d4f63", "#e3e8ee"),
        "motif": "mountains",
    },
    {
        "key": "shusha-sunrise",
        "title": "Sunrise over the Shusha plateau",
        "description": "The sun rises over the plateau on which the town of Shusha stands.",
        "alt": "A yellow sun low above dark fields and a pale horizon",
        "creator": "Gunel Rahimova",
        "credit_line": "",
        "copyright_notice": "",
        "licence": "cc-by-2.0",
        "source_url": "https://example.org/photos/gunel-rahimova/shusha-sunrise",
        "usage_terms": "",
        "palette": ("#7a4b2a", "#f3d9a4"),
        "motif": "sun",
    },
    {
        "key": "istisu-road",
        "title": "New road to Istisu",
        "description": "The resurfaced road to the Istisu springs, with new crash barriers on "
        "the bends.",
        "alt": "A new asphalt road with white markings curving into the mountains",
        "creator": "Rauf Aliyev",
        "credit_line": "Highland Courier",
        "copyright_notice": "© 2026 Highland Courier",
        "licence": "staff",
        "source_url": "",
        "usage_terms": "",
        "palette": ("#2e4a3a", "#dcd2b8"),
        "motif": "road",
    },
    {
        "key": "soyudlu-pastures",
        "title": "Hayfields above Soyudlu",
        "description": "Mown hayfields on the slopes above Soyudlu village in late autumn.",
        "alt": "Striped brown and green fields on a gentle slope",
        "creator": "Rauf Aliyev",
        "credit_line": "Highland Courier",
        "copyright_notice": "© 2026 Highland Courier",
        "licence": "staff",
        "source_url": "",
        "usage_terms": "",
        "palette": ("#5b5a2e", "#e8dcb0"),
        "motif": "field",
    },
    {
        "key": "fuzuli-fields",
        "title": "Winter wheat fields near Fuzuli",
        "description": "Freshly sown fields south of Fuzuli, on land cleared of mines.",
        "alt": "Flat fields in alternating green and brown strips running to the horizon",
        "creator": "Rauf Aliyev",
        "credit_line": "Highland Courier",
        "copyright_notice": "© 2026 Highland Courier",
        "licence": "staff",
        "source_url": "",
        "usage_terms": "",
        "palette": ("#4d5e2c", "#e2e6b8"),
        "motif": "field",
    },
    {
        "key": "lachin-river",
        "title": "Hakari river at Lachin",
        "description": "The Hakari river flows below the town of Lachin.",
        "alt": "A blue river running past steep green hills",
        "creator": "Rauf Aliyev",
        "credit_line": "Highland Courier",
        "copyright_notice": "© 2026 Highland Courier",
        "licence": "staff",
        "source_url": "",
        "usage_terms": "",
        "palette": ("#2d5366", "#cfe0e6"),
        "motif": "river",
    },
    {
        "key": "zabukh-houses",
        "title": "New houses in Zabukh",
        "description": "New stone houses on the slopes of Zabukh village, with smoke rising from "
        "the chimneys.",
        "alt": "A row of grey stone houses with dark roofs on a hillside",
        "creator": "Rauf Aliyev",
        "credit_line": "Highland Courier",
        "copyright_notice": "© 2026 Highland Courier",
        "licence": "staff",
        "source_url": "",
        "usage_terms": "",
        "palette": ("#4a4a42", "#dcd6c8"),
        "motif": "building",
    },
    {
        "key": "aghdam-football",
        "title": "Football trials in Aghdam",
        "description": "Children and coaches on a training pitch beside the stadium in Aghdam.",
        "alt": "A group of children in bibs gathered on a football pitch",
        "creator": "Rauf Aliyev",
        "credit_line": "Highland Courier",
        "copyright_notice": "© 2026 Highland Courier",
        "licence": "staff",
        "source_url": "",
        "usage_terms": "",
        "palette": ("#2f5a34", "#e6efd8"),
        "motif": "crowd",
    },
    {
        "key": "aghdam-mosque",
        "title": "Juma mosque in Aghdam",
        "description": "The twin brick minarets of the Juma mosque in Aghdam after their "
        "restoration.",
        "alt": "A brick mosque with two slender minarets against a blue sky",
        "creator": "Farid Musayev",
        "credit_line": "Highland Courier",
        "copyright_notice": "© 2026 Highland Courier",
        "licence": "staff",
        "source_url": "",
        "usage_terms": "",
        "palette": ("#6a4a32", "#ecdcc4"),
        "motif": "building",
    },
    {
        "key": "shusha-concert",
        "title": "Audience at a mugham evening in Shusha",
        "description": "The audience at the opening concert of Shusha's winter mugham evenings.",
        "alt": "Rows of people seated in a concert hall facing a lit stage",
        "creator": "Kamran Jafarov",
        "credit_line": "AFP",
        "copyright_notice": "© 2026 AFP",
        "licence": "agency",
        "source_url": "",
        "usage_terms": "Editorial use only",
        "palette": ("#5a2e3b", "#e8c9a8"),
        "motif": "crowd",
    },
    {
        "key": "aghdam-market",
        "title": "Aghdam market hall",
        "description": "Traders set out produce in the rebuilt market hall in Aghdam on its "
        "first day.",
        "alt": "A long low hall with a dark roof and people standing at the entrance",
        "creator": "Samir Guliyev",
        "credit_line": "Trend",
        "copyright_notice": "© 2026 Trend",
        "licence": "agency",
        "source_url": "",
        "usage_terms": "Editorial use only",
        "palette": ("#4a3b2a", "#e6d5b8"),
        "motif": "building",
    },
    {
        "key": "pass-snow-clearing",
        "title": "Snow clearing on the Murovdag pass",
        "description": "Army engineers clear snow from the road over the Murovdag pass.",
        "alt": "A snow plough on a mountain road between high banks of snow",
        "creator": "",
        "credit_line": "Ministry of Defence",
        "copyright_notice": "",
        "licence": "handout",
        "source_url": "",
        "usage_terms": "Handout; editorial use only",
        "palette": ("#3b4a5a", "#e4e8ee"),
        "motif": "road",
    },
    {
        "key": "school-opening",
        "title": "School opening in Lachin",
        "description": "Pupils, parents and teachers at the opening of the new secondary school "
        "in Lachin.",
        "alt": "A crowd of children and adults in front of a school building",
        "creator": "",
        "credit_line": "Lachin District Administration",
        "copyright_notice": "",
        "licence": "handout",
        "source_url": "",
        "usage_terms": "Handout; editorial use only",
        "palette": ("#2f4d6b", "#e5e0d0"),
        "motif": "crowd",
    },
    {
        "key": "istisu-spring",
        "title": "Pump room at the Istisu springs",
        "description": "The restored pump room at the Istisu mineral springs, next to the "
        "bottling plant.",
        "alt": "A small stone building beside a steaming stream in a mountain valley",
        "creator": "",
        "credit_line": "Kalbajar District Administration",
        "copyright_notice": "",
        "licence": "handout",
        "source_url": "",
        "usage_terms": "Handout; editorial use only",
        "palette": ("#38505a", "#d6e2e0"),
        "motif": "river",
    },
]

STORIES = [  # newest first
    {
        "slug": "snow-closes-murovdag-pass",
        "section": "news",
        "headline": "First winter storm closes the Murovdag pass as snow reaches the highlands",
        "standfirst": "Up to 60 centimetres of snow fell on the high roads of Kalbajar district "
        "overnight, and forecasters expect more before Tuesday.",
        "dateline_place": "Kalbajar",
        "published": "2026-11-22T18:10",
        "bylines": [("aysel-karimli", "editor", "AFP"), ("leyla-mammadova", "contributor", "")],
        "lead_image": "pass-snow-clearing",
        "lead_caption": "",
        "places": ["Kalbajar", "Istisu", "Soyudlu"],
        "people": ["Javid Abbasov", "Ramil Hasanli"],
        "organisations": [
            "National Hydrometeorological Service",
            "Kalbajar District Administration",
        ],
        "topics": ["Weather", "Transport"],
        "body": [
            (
                "paragraph",
                "<p>The road over the Murovdag pass was closed to traffic on Sunday afternoon "
                "after the first winter storm of the season brought heavy snow and strong winds "
                "to the mountains of Kalbajar district, local officials said.</p>",
            ),
            (
                "paragraph",
                "<p>Between 40 and 60 centimetres of snow was measured above 2,000 metres, "
                "according to the <b>National Hydrometeorological Service</b>. In the district "
                "centre, lower down in the Tartar valley, about 15 centimetres settled on roofs "
                "and streets, and the temperature fell to minus 9 degrees Celsius before "
                "dawn.</p>",
            ),
            (
                "quote",
                {
                    "quote": "This is an early storm but not an unusual one. The cold air "
                    "arrived two days sooner than our models suggested, and it will "
                    "stay until at least Tuesday morning.",
                    "attribution": "Javid Abbasov, head of mountain forecasting, National "
                    "Hydrometeorological Service",
                },
            ),
            ("subheading", "Ploughs on the pass road"),
            (
                "paragraph",
                "<p>Army engineering units, which keep the high road open in winter under an "
                "agreement with the district administration, sent four ploughs and a rotary snow "
                "blower to the pass on Sunday morning. Drivers were told to wait in Kalbajar or "
                "to turn back at the barrier below the first hairpin bends.</p>",
            ),
            (
                "paragraph",
                "<p>Ramil Hasanli, a spokesman for the Kalbajar District Administration, said "
                "lorries carrying building materials to reconstruction sites had been held in a "
                "lay-by and would be let through in convoy once the ploughs had made two passes. "
                "Buses to Istisu and Soyudlu ran as normal, with chains fitted. Deliveries of "
                "fuel and flour to the upper villages had been brought forward last week in "
                "anticipation of the storm.</p>",
            ),
            (
                "image",
                {
                    "image": "murovdag",
                    "caption": "The Murovdag ridge in earlier snow. Forecasters say drifts on "
                    "the pass may exceed two metres.",
                },
            ),
            (
                "paragraph",
                "<p>Schools in the district stayed open. Health workers visited elderly "
                "residents in outlying villages on Saturday to check that stoves and fuel stocks "
                "were ready, a routine introduced after last winter, when several hamlets were "
                "cut off for three days.</p>",
            ),
            (
                "paragraph",
                "<p>Forecasters expect more snow on Monday night, followed by a clear, cold "
                "spell. Residents were asked to avoid unnecessary travel on mountain roads and "
                "to check the administration's website for road updates. The service said "
                "temperatures in the upper villages could fall to minus 20 degrees Celsius on "
                "Wednesday night, the coldest so far this season.</p>",
            ),
        ],
    },
    {
        "slug": "istisu-road-reopens",
        "section": "region",
        "headline": "Resurfaced road to the Istisu springs reopens after two years of work",
        "standfirst": "The 27-kilometre road from Kalbajar to Istisu now takes about 35 minutes "
        "by car, less than half the time it took on the old gravel track.",
        "dateline_place": "Istisu",
        "published": "2026-11-22T09:30",
        "corrections": [
            (
                "correction",
                "An earlier version of this story gave the length of the road as 37 kilometres. "
                "It is 27 kilometres.",
                "2026-11-22T11:15",
            ),
        ],
        "bylines": [("leyla-mammadova", "reporter", ""), ("rauf-aliyev", "photographer", "")],
        "lead_image": "istisu-road",
        "lead_caption": "",
        "places": ["Istisu", "Kalbajar"],
        "people": ["Tofig Bagirov", "Ramil Hasanli"],
        "organisations": ["Regional Road Agency", "Kalbajar District Administration"],
        "topics": ["Transport", "Reconstruction"],
        "body": [
            (
                "paragraph",
                "<p>The road linking Kalbajar to the mineral springs at Istisu reopened to "
                "traffic on Saturday after two years of reconstruction, cutting the journey "
                "between the district centre and the village by more than half.</p>",
            ),
            (
                "paragraph",
                "<p>The 27-kilometre road follows the valley of the Tartar river for most of its "
                "length before climbing through a series of bends to the springs, which lie at "
                "about 2,200 metres. It now has two lanes, crash barriers on the steepest "
                "sections, three new bridges and drainage channels built to cope with spring "
                "meltwater.</p>",
            ),
            (
                "quote",
                {
                    "quote": "The old track washed out every April. We rebuilt the drainage "
                    "first and laid the asphalt last, because in these mountains it is "
                    "water that destroys roads, not traffic.",
                    "attribution": "Tofig Bagirov, site engineer, Regional Road Agency",
                },
            ),
            ("subheading", "Avalanche shelters next"),
            (
                "paragraph",
                "<p>Tofig Bagirov, the <b>Regional Road Agency</b> engineer who supervised the "
                "work, said crews would return in spring to build two concrete avalanche "
                "galleries on a stretch below the springs where snow slides across the road most "
                "winters. Until then, that section will be closed whenever the avalanche risk is "
                "high.</p>",
            ),
            ("image", {"image": "istisu-spring", "caption": ""}),
            (
                "paragraph",
                "<p>The Kalbajar District Administration said a bus would run between Kalbajar "
                "and Istisu three times a day from Monday. Ramil Hasanli, its spokesman, said "
                "the road was essential to the planned reopening of the mineral water plant and "
                "of the sanatorium at the springs.</p>",
            ),
            (
                "paragraph",
                "<p>The old gravel track, built in the 1970s, had narrowed to a single lane in "
                "several places where the hillside had slipped, and in wet weather lorries often "
                "needed a tractor to tow them up the last bends. Drivers used to allow an hour "
                "and a half for the trip.</p>",
            ),
            (
                "paragraph",
                "<p>Drivers on the first morning included farmers taking hay to upland villages "
                "and a van delivering bread. The road will be gritted and cleared throughout the "
                "winter, the agency said, with a depot and two ploughs stationed at Istisu.</p>",
            ),
        ],
    },
    {
        "slug": "zabukh-families-first-winter",
        "section": "news",
        "headline": "Returning families in Zabukh prepare for their first winter home",
        "standfirst": "Most of the village's new stone houses are now occupied, and residents "
        "are stocking up on firewood, hay and flour before the roads turn icy.",
        "dateline_place": "Zabukh",
        "published": "2026-11-21T09:40",
        "bylines": [("leyla-mammadova", "reporter", ""), ("rauf-aliyev", "photographer", "")],
        "lead_image": "zabukh-houses",
        "lead_caption": "",
        "places": ["Zabukh", "Lachin"],
        "people": ["Nadir Guliyev"],
        "organisations": ["Lachin District Administration"],
        "topics": ["Returning residents", "Reconstruction", "Weather", "Health"],
        "body": [
            (
                "paragraph",
                "<p>Smoke rose from almost every chimney in Zabukh on Thursday morning, a sign "
                "that the village in Lachin district is settling in for its first full winter "
                "since families began moving back.</p>",
            ),
            (
                "paragraph",
                "<p>Of the village's 150 new houses, built of local grey stone on the slopes "
                "above the river, 132 are now occupied. The <b>Lachin District "
                "Administration</b> says the remaining keys will be handed over before the end "
                "of the year, once the last homes have been connected to the gas network.</p>",
            ),
            ("subheading", "Hay, wood and flour"),
            (
                "paragraph",
                "<p>For families who kept livestock before they left, winter means feeding "
                "animals in the barn for four months. Nadir Guliyev, who returned with his wife, "
                "his son and his son's family in the spring, has stacked two lorry loads of hay "
                "behind his house and bought six calves at the market in Lachin.</p>",
            ),
            (
                "quote",
                {
                    "quote": "My father kept sheep on these slopes. I remembered the way the "
                    "snow lies, which fields dry out first, where the water runs in "
                    "March. Some things you do not forget in thirty years.",
                    "attribution": "Nadir Guliyev, resident of Zabukh",
                },
            ),
            (
                "paragraph",
                "<p>Residents say the village shop, which opened in the summer, has been "
                "ordering flour, oil and tinned food in bulk so that it can keep trading if the "
                "road to Lachin is blocked. A nurse from the district clinic holds a surgery in "
                "the village hall twice a week, and the hospital in Lachin is 25 minutes away by "
                "road when the weather is good.</p>",
            ),
            (
                "image",
                {
                    "image": "lachin-river",
                    "caption": "The Hakari valley near Lachin, where Zabukh families take their "
                    "livestock to market.",
                },
            ),
            (
                "paragraph",
                "<p>Children from Zabukh travel to the new secondary school in Lachin by bus. "
                "The administration says a snow plough will be kept in the village this winter "
                "so that the school run can start on time each morning.</p>",
            ),
            (
                "paragraph",
                "<p>The village still lacks a pharmacy and a bakery, residents say, but several "
                "families have asked the administration for small business grants to open them "
                "in the spring. Others want a playground and a covered bus stop for the "
                "schoolchildren.</p>",
            ),
        ],
    },
    {
        "slug": "lachin-guesthouses-busy-autumn",
        "section": "economy",
        "headline": "Lachin guesthouses report their busiest autumn yet",
        "standfirst": "Family-run guesthouses in Lachin and nearby villages say bookings rose "
        "sharply this year, driven by hikers, visiting relatives and weekend trips "
        "from Baku.",
        "dateline_place": "Lachin",
        "published": "2026-11-21T14:05",
        "bylines": [("nigar-hasanova", "reporter", ""), ("rauf-aliyev", "photographer", "")],
        "lead_image": "zabukh-houses",
        "lead_caption": "A new house in Zabukh, one of 11 homes in the village that now take "
        "paying guests.",
        "places": ["Lachin", "Zabukh", "Shusha"],
        "people": ["Nadir Guliyev"],
        "organisations": ["Lachin District Administration"],
        "topics": ["Tourism", "Returning residents"],
        "body": [
            (
                "paragraph",
                "<p>Guesthouses in Lachin and the villages around it have had their busiest "
                "autumn since they began taking visitors, owners say, with many rooms booked "
                "every weekend from September to early November.</p>",
            ),
            (
                "paragraph",
                "<p>The <b>Lachin District Administration</b> counts 34 registered guesthouses "
                "in the district, up from 19 a year ago, with about 260 beds between them. Most "
                "are family homes where one floor has been fitted out for guests, often with the "
                "help of small business grants.</p>",
            ),
            (
                "paragraph",
                "<p>According to the administration, guesthouses in the district recorded about "
                "9,400 overnight stays between January and October, compared with 4,100 in the "
                "whole of last year. It estimates that each visitor spends about 95 manat a "
                "night on rooms, meals, guides and local produce.</p>",
            ),
            ("subheading", "Hikers and relatives"),
            (
                "paragraph",
                "<p>Owners describe three kinds of visitor: hikers who come for the trails along "
                "the Hakari gorge and up to the high pastures, families from Baku and Ganja on a "
                "weekend trip that often includes a day in Shusha, and relatives of residents "
                "who come to see the villages where their parents grew up.</p>",
            ),
            (
                "quote",
                {
                    "quote": "In October I had a group of walkers from Germany on the Saturday "
                    "and my wife's cousins from Sumgait on the Sunday. The walkers "
                    "wanted the trail map, the cousins wanted the old family "
                    "photographs. Both left happy.",
                    "attribution": "Nadir Guliyev, guesthouse owner, Zabukh",
                },
            ),
            (
                "paragraph",
                "<p>Nadir Guliyev, who opened two guest rooms in his house in Zabukh in the "
                "spring, charges 60 manat a night for a double room with breakfast and dinner "
                "made from the family's own produce. Like most owners, he takes bookings by "
                "phone and through messaging apps.</p>",
            ),
            (
                "paragraph",
                "<p>Owners said the main obstacles were the lack of a cash machine outside "
                "Lachin town and weak mobile coverage on some trails. The administration said "
                "two more cash machines and a mobile mast above Zabukh were planned for next "
                "year.</p>",
            ),
            (
                "paragraph",
                "<p>Bookings usually fall away in winter, but several guesthouses said they "
                "would stay open for visitors who want to see the mountains under snow, weather "
                "permitting.</p>",
            ),
        ],
    },
    {
        "slug": "istisu-mineral-water-plant-hires",
        "section": "economy",
        "headline": "Istisu mineral water plant hires its first 40 workers",
        "standfirst": "The bottling plant at the springs will restart production in the spring, "
        "and most of the new staff come from families who have returned to "
        "Kalbajar district.",
        "dateline_place": "Istisu",
        "published": "2026-11-20T10:00",
        "bylines": [("leyla-mammadova", "reporter", ""), ("nigar-hasanova", "contributor", "")],
        "lead_image": "istisu-spring",
        "lead_caption": "",
        "places": ["Istisu", "Kalbajar"],
        "people": ["Ramil Hasanli"],
        "organisations": ["Kalbajar District Administration"],
        "topics": ["Returning residents", "Water", "Reconstruction"],
        "body": [
            (
                "paragraph",
                "<p>The mineral water plant at Istisu has hired its first 40 employees ahead of "
                "a planned return to production next spring, the <b>Kalbajar District "
                "Administration</b> said on Thursday.</p>",
            ),
            (
                "paragraph",
                "<p>The springs at Istisu, high in the north of the district, produce naturally "
                "carbonated water that emerges from the rock at temperatures of up to 70 degrees "
                "Celsius. Their water was bottled and sold across the region for decades before "
                "the plant closed in the early 1990s.</p>",
            ),
            ("subheading", "Training before the first bottle"),
            (
                "paragraph",
                "<p>The new employees, 26 men and 14 women, will spend the winter training as "
                "machine operators, laboratory technicians and maintenance staff, partly at a "
                "bottling plant near Baku. Most of them are from families who have moved back to "
                "Kalbajar district over the past three years.</p>",
            ),
            (
                "quote",
                {
                    "quote": "People ask me every week whether there will be work here. Forty "
                    "jobs in a district of this size is a real number, and when the "
                    "sanatorium opens the springs will need many more hands.",
                    "attribution": "Ramil Hasanli, spokesman, Kalbajar District Administration",
                },
            ),
            (
                "paragraph",
                "<p>The plant, rebuilt by a private company under an agreement with the state, "
                "has a line that can fill 12,000 bottles an hour. The company plans to employ "
                "about 110 people once two shifts are running, and to sell the water in "
                "Azerbaijan and abroad.</p>",
            ),
            (
                "paragraph",
                "<p>Wages will start at 850 manat a month for trainees and rise once staff have "
                "qualified, the company said, above the average for the district. Buses from "
                "Kalbajar will be laid on for each shift.</p>",
            ),
            (
                "paragraph",
                "<p>Hydrogeologists have spent two years testing the flow and chemistry of the "
                "springs. The administration said the results matched historical records and "
                "that extraction would be limited to protect the source and the thermal baths "
                "used by visitors.</p>",
            ),
            (
                "paragraph",
                "<p>The road from Kalbajar, due to reopen this weekend after two years of work, "
                "will let staff commute from the district centre in about 35 minutes. A hostel "
                "for 60 workers who live further away is being built beside the plant.</p>",
            ),
        ],
    },
    {
        "slug": "shusha-rules-for-old-quarter",
        "section": "politics",
        "headline": "Shusha city administration adopts building rules for the old quarter",
        "standfirst": "New guidelines cover roof materials, window shapes and the height of "
        "houses, in an effort to keep the character of the historic streets as "
        "rebuilding speeds up.",
        "dateline_place": "Shusha",
        "published": "2026-11-20T16:15",
        "bylines": [("tural-safarov", "reporter", ""), ("aysel-karimli", "editor", "")],
        "lead_image": "shusha-sunrise",
        "lead_caption": "Morning over the Shusha plateau. The rules cover about 40 hectares of "
        "the old town.",
        "places": ["Shusha"],
        "people": ["Narmin Rzayeva"],
        "organisations": ["Highland Heritage Foundation"],
        "topics": ["Heritage", "Reconstruction"],
        "body": [
            (
                "paragraph",
                "<p>The Shusha city administration has adopted a set of building rules for the "
                "town's old quarter, limiting the height, materials and appearance of new and "
                "restored houses in the historic streets.</p>",
            ),
            (
                "paragraph",
                "<p>The guidelines apply to about 40 hectares of the old town, where many of the "
                "18th- and 19th-century stone houses were lost or badly damaged. They come into "
                "force on 1 January and apply to public projects as well as private ones.</p>",
            ),
            ("subheading", "Stone, tile and timber"),
            (
                "paragraph",
                "<p>Under the rules, new buildings in the quarter may have no more than two "
                "storeys above ground, must be faced with local limestone and must be roofed in "
                "clay tile or in sheet metal painted in one of six approved colours. Windows "
                "facing the street must be upright and framed in timber, and satellite dishes "
                "and air-conditioning units may not be fixed to street-facing walls.</p>",
            ),
            (
                "paragraph",
                "<p>The rules also cover shop signs, which must be painted or carved rather than "
                "lit from inside, and fences, which may be no higher than 1.6 metres where they "
                "face the street. Trees more than 50 years old may not be felled in courtyards "
                "without a permit.</p>",
            ),
            (
                "quote",
                {
                    "quote": "These rules are not about freezing the town in the past. You can "
                    "have underfloor heating and a modern kitchen. But the street "
                    "belongs to everyone, and the street should still look like Shusha.",
                    "attribution": "Narmin Rzayeva, architect, Highland Heritage Foundation",
                },
            ),
            (
                "paragraph",
                "<p>Narmin Rzayeva, an architect with the <b>Highland Heritage Foundation</b>, "
                "helped draft the guidelines using surveys, old photographs and measured "
                "drawings of the quarter. The foundation will run a free advice service for "
                "owners who want to build or restore a house.</p>",
            ),
            (
                "paragraph",
                "<p>Builders working in the town said at a consultation last month that local "
                "stone costs up to a third more than concrete block. The administration said it "
                "would offer grants covering part of the difference for family homes, but not "
                "for hotels or commercial buildings.</p>",
            ),
            (
                "paragraph",
                "<p>Owners who started work before the rules were published will not have to "
                "change their plans, provided their building permits were issued before 1 "
                "January.</p>",
            ),
        ],
    },
    {
        "slug": "soyudlu-gets-piped-water",
        "section": "region",
        "headline": "Piped water reaches Soyudlu as new mountain main comes into service",
        "standfirst": "Households in the upland village no longer need to fetch water from "
        "springs or wait for tanker deliveries, the district's water operator says.",
        "dateline_place": "Soyudlu",
        "published": "2026-11-19T08:50",
        "bylines": [("leyla-mammadova", "reporter", ""), ("rauf-aliyev", "photographer", "")],
        "lead_image": "soyudlu-pastures",
        "lead_caption": "",
        "places": ["Soyudlu", "Kalbajar"],
        "people": ["Ramil Hasanli"],
        "organisations": ["Highland Water Board", "Kalbajar District Administration"],
        "topics": ["Water", "Reconstruction"],
        "body": [
            (
                "paragraph",
                "<p>Tap water began flowing in Soyudlu on Tuesday after engineers completed a "
                "14-kilometre main that carries spring water from the slopes above the village "
                "to a new reservoir and treatment station.</p>",
            ),
            (
                "paragraph",
                "<p>The <b>Highland Water Board</b>, which runs supply networks in the Kalbajar "
                "and Lachin districts, said 96 homes, the village school and the medical post "
                "were now connected. A further 40 houses being built on the eastern side of the "
                "village will be linked as they are finished.</p>",
            ),
            ("subheading", "Built for the cold"),
            (
                "paragraph",
                "<p>At more than 2,000 metres above sea level, Soyudlu has some of the harshest "
                "winters in the district. The pipes are buried 1.8 metres deep to stay below the "
                "frost line, and the 500-cubic-metre reservoir is covered and insulated. Water "
                "is filtered and chlorinated at the station before it enters the network. "
                "Engineers said the system had been tested during a cold snap in early November, "
                "when the temperature fell to minus 17 degrees.</p>",
            ),
            (
                "paragraph",
                "<p>Residents had relied on springs and on tanker lorries sent up from Kalbajar "
                "every few days, which could not always climb the road in January. Ramil "
                "Hasanli, a spokesman for the Kalbajar District Administration, said the tankers "
                "would now serve hamlets still waiting for their own connections.</p>",
            ),
            (
                "quote",
                {
                    "quote": "For thirty years the name Soyudlu meant gold and cold. We want it "
                    "to mean a village where a family can live in comfort, and that "
                    "starts with a tap that works in January.",
                    "attribution": "Ramil Hasanli, spokesman, Kalbajar District Administration",
                },
            ),
            (
                "image",
                {
                    "image": "tartar-valley",
                    "caption": "The Tartar valley below Soyudlu. The new main follows the valley "
                    "side for much of its route.",
                },
            ),
            (
                "paragraph",
                "<p>The water board said every house had been fitted with a meter and that "
                "households would pay a reduced tariff for the first year. A small turbine on "
                "the main, driven by the drop between the spring and the reservoir, supplies "
                "most of the power the treatment station needs.</p>",
            ),
            (
                "paragraph",
                "<p>Work on a sewage network and a small treatment plant for the village is due "
                "to begin next spring, and the water board expects to connect three more "
                "Kalbajar villages to similar mains before the end of 2027.</p>",
            ),
        ],
    },
    {
        "slug": "khudavang-monastery-survey-begins",
        "section": "culture",
        "headline": "Restorers begin a detailed survey of the Khudavang monastery",
        "standfirst": "Architects and conservators will spend the winter recording the condition "
        "of the medieval complex in Kalbajar district before any repairs are "
        "planned.",
        "dateline_place": "Vank",
        "published": "2026-11-19T12:30",
        "bylines": [("tural-safarov", "reporter", ""), ("rauf-aliyev", "photographer", "")],
        "lead_image": "khudavang",
        "lead_caption": "",
        "places": ["Vank", "Kalbajar"],
        "people": ["Narmin Rzayeva"],
        "organisations": ["Highland Heritage Foundation", "Kalbajar District Administration"],
        "topics": ["Heritage"],
        "body": [
            (
                "paragraph",
                "<p>A team of architects, conservators and surveyors has begun a detailed survey "
                "of the Khudavang monastery, the medieval complex of churches, chapels and "
                "outbuildings on a wooded slope above the Tartar river in Kalbajar district.</p>",
            ),
            (
                "paragraph",
                "<p>The monastery, also known as Dadivank, dates largely from the 12th and 13th "
                "centuries. Its main church is known for its carved stone inscriptions and for "
                "fragments of wall painting inside. The complex also includes a bell tower, a "
                "refectory and several smaller chapels spread across the slope.</p>",
            ),
            ("subheading", "Laser scans and old photographs"),
            (
                "paragraph",
                "<p>Over the coming months the team, led by the <b>Highland Heritage "
                "Foundation</b>, will make a laser scan of every building, photograph the "
                "carvings and inscriptions, and map cracks, damp and the plants growing in the "
                "masonry. Specialists will also take small samples of mortar and plaster for "
                "laboratory analysis. The scans will be used to build a three-dimensional model "
                "that can be shared with researchers.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Before anyone touches a stone we need to know exactly what is here "
                    "and in what state. A survey like this takes time, but it protects "
                    "the monument from well-meant mistakes.",
                    "attribution": "Narmin Rzayeva, architect, Highland Heritage Foundation",
                },
            ),
            (
                "paragraph",
                "<p>Narmin Rzayeva, the architect leading the survey, said the team would "
                "compare its results with photographs and drawings made by researchers in the "
                "20th century to see how the buildings have changed. The main concern is water: "
                "several roofs leak, and moisture is damaging the plaster inside the church.</p>",
            ),
            (
                "image",
                {
                    "image": "tartar-valley",
                    "caption": "The Tartar valley below the monastery. In winter the site is "
                    "reached by the road through Vank.",
                },
            ),
            (
                "paragraph",
                "<p>Temporary roof covers will be fitted before the heaviest snow, the "
                "foundation said. A full conservation plan, setting out what should be repaired "
                "and how, is expected in the autumn of 2027 and will be published for comment by "
                "specialists.</p>",
            ),
            (
                "paragraph",
                "<p>The site remains open to visitors, who are asked to keep to marked paths "
                "while the survey is under way. The Kalbajar District Administration said it was "
                "also improving the access road from Vank village, parts of which flood after "
                "heavy rain, and would put up signs in Azerbaijani and English.</p>",
            ),
        ],
    },
    {
        "slug": "aghdam-mosque-minarets-restored",
        "section": "culture",
        "headline": "Conservators complete repairs to the minarets of Aghdam's Juma mosque",
        "standfirst": "Work on the 19th-century mosque now moves inside, where specialists will "
        "restore painted plaster and timber ceilings over the coming year.",
        "dateline_place": "Aghdam",
        "published": "2026-11-18T10:20",
        "bylines": [("tural-safarov", "reporter", ""), ("farid-musayev", "photographer", "")],
        "lead_image": "aghdam-mosque",
        "lead_caption": "",
        "places": ["Aghdam"],
        "people": ["Narmin Rzayeva"],
        "organisations": ["Highland Heritage Foundation"],
        "topics": ["Heritage", "Reconstruction"],
        "body": [
            (
                "paragraph",
                "<p>Conservators have finished repairing the twin minarets of the Juma mosque in "
                "Aghdam, completing the second phase of a restoration programme at the "
                "19th-century building, one of the oldest in the town.</p>",
            ),
            (
                "paragraph",
                "<p>The brick minarets, which flank the main entrance, were cleaned, re-pointed "
                "with lime mortar and fitted with new lead flashing at their balconies. Cracked "
                "bricks were replaced with handmade ones fired to match the originals in size "
                "and colour, and the wooden stairs inside both towers were rebuilt.</p>",
            ),
            ("subheading", "Moving indoors"),
            (
                "paragraph",
                "<p>With the exterior finished before winter, the team will move inside, where "
                "the painted plaster on the walls and the timber ceilings of the prayer hall "
                "need cleaning and consolidation. The interior work is expected to take about a "
                "year.</p>",
            ),
            (
                "paragraph",
                "<p>The first phase of the programme, completed last year, repaired the roof and "
                "the foundations, where groundwater had weakened the lower courses of brick. "
                "Engineers laid drainage around the building and installed sensors that record "
                "any movement in the walls.</p>",
            ),
            (
                "quote",
                {
                    "quote": "The minarets were the most urgent part, because water was getting "
                    "into the brickwork every winter. Inside, the work is slower and "
                    "more delicate. We will be working with brushes and scalpels, not "
                    "scaffolding and cranes.",
                    "attribution": "Narmin Rzayeva, architect, Highland Heritage Foundation",
                },
            ),
            (
                "paragraph",
                "<p>The <b>Highland Heritage Foundation</b>, which oversees the project, said "
                "three local apprentices had joined the conservation team this year and were "
                "learning traditional bricklaying and plastering. Two of them are from families "
                "who have recently moved to Aghdam.</p>",
            ),
            (
                "paragraph",
                "<p>The mosque will continue to hold Friday prayers in a side hall during the "
                "interior works. Visitors can see the restored minarets from the square in front "
                "of the building, which was paved and planted with plane trees in the summer.</p>",
            ),
            (
                "paragraph",
                "<p>The foundation plans to publish a short illustrated guide to the mosque and "
                "its restoration in Azerbaijani, English and Russian next year.</p>",
            ),
        ],
    },
    {
        "slug": "lachin-public-hearing-town-plan",
        "section": "politics",
        "headline": "Lachin residents have their say on the draft town plan at a first public "
        "hearing",
        "standfirst": "More than 300 people packed the cultural centre to discuss where new "
        "homes, parks and a market should go as the town grows.",
        "dateline_place": "Lachin",
        "published": "2026-11-18T13:45",
        "bylines": [("leyla-mammadova", "reporter", ""), ("rauf-aliyev", "photographer", "")],
        "lead_image": "lachin-river",
        "lead_caption": "Lachin above the Hakari river. The draft plan keeps the riverbanks free "
        "of new buildings.",
        "places": ["Lachin", "Zabukh"],
        "people": ["Nadir Guliyev"],
        "organisations": ["Lachin District Administration"],
        "topics": ["Reconstruction", "Returning residents", "Transport"],
        "body": [
            (
                "paragraph",
                "<p>More than 300 residents attended the first public hearing on Lachin's draft "
                "town plan on Tuesday evening, filling the hall of the town's cultural centre "
                "and the corridor outside.</p>",
            ),
            (
                "paragraph",
                "<p>The plan, prepared for the <b>Lachin District Administration</b> by a team "
                "of urban planners, sets out how the town should grow over the next 15 years to "
                "a population of about 20,000. It marks land for housing on the terraces east of "
                "the centre, a covered market, two parks, a bus station and a small industrial "
                "zone beside the main road.</p>",
            ),
            ("subheading", "Parking and the riverbank"),
            (
                "paragraph",
                "<p>Many of the questions were about everyday matters. Several residents asked "
                "for more parking near the new school, and shopkeepers asked whether the market "
                "would draw trade away from the main street. The planners said the market would "
                "be built on the main street itself, on a plot that is now empty.</p>",
            ),
            (
                "quote",
                {
                    "quote": "We came back to live here, not just to visit. I want to know where "
                    "my grandchildren will play football and where the bus will stop. "
                    "Tonight I got answers to half of my questions, which is a good "
                    "start.",
                    "attribution": "Nadir Guliyev, resident of Zabukh",
                },
            ),
            (
                "paragraph",
                "<p>The draft keeps the banks of the Hakari river free of new buildings and "
                "proposes a footpath along the water, a decision the planners said was also "
                "meant to reduce flood risk. Some residents asked for a footbridge to link the "
                "two sides of the town.</p>",
            ),
            (
                "paragraph",
                "<p>The draft also proposes a bypass to keep lorries heading for building sites "
                "out of the town centre, and a bus station near the market with services to the "
                "villages and to Shusha. Residents asked for the bus station to open before the "
                "bypass is built.</p>",
            ),
            (
                "paragraph",
                "<p>Officials said the comments made at the hearing would be published together "
                "with written answers. A second hearing, on the final version of the plan, is "
                "due in February.</p>",
            ),
            (
                "paragraph",
                "<p>The district administration said it would hold separate meetings in Zabukh "
                "and other villages whose residents rely on Lachin's shops, school and "
                "hospital.</p>",
            ),
        ],
    },
    {
        "slug": "aghdam-market-hall-opens",
        "section": "economy",
        "headline": "Aghdam's rebuilt market hall opens with 120 stalls",
        "standfirst": "Farmers from Aghdam and Fuzuli sold vegetables, cheese and honey on the "
        "first trading day, and the managers say most stalls are already let.",
        "dateline_place": "Aghdam",
        "published": "2026-11-17T09:30",
        "bylines": [("nigar-hasanova", "reporter", ""), ("farid-musayev", "contributor", "")],
        "lead_image": "aghdam-market",
        "lead_caption": "",
        "places": ["Aghdam", "Fuzuli"],
        "people": ["Gulnar Karimova"],
        "organisations": ["Aghdam Farmers' Cooperative"],
        "topics": ["Agriculture", "Reconstruction"],
        "body": [
            (
                "paragraph",
                "<p>The covered market hall in the centre of Aghdam opened for trade on Monday, "
                "with farmers and small producers from across the lowland districts selling "
                "everything from winter squash to sheep's cheese.</p>",
            ),
            (
                "paragraph",
                "<p>The hall has 120 stalls, a cold store, a small abattoir that meets national "
                "hygiene rules and a car park for 200 vehicles. It was built by the district "
                "administration and is run by a management company that rents stalls by the "
                "month. The managers said 104 stalls had been let before opening day.</p>",
            ),
            ("subheading", "Cheaper than the supermarket"),
            (
                "paragraph",
                "<p>Shoppers on the first morning said prices were lower than in the town's two "
                "supermarkets for most fresh produce. Potatoes sold for 80 qepiks a kilo, eggs "
                "for 25 qepiks each, and the first pomegranates of the late harvest for 3 manat "
                "a kilo. Cheese from upland farms, sold in brine in plastic tubs, was among the "
                "first things to run out.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Until now we sent almost everything to Baku on a lorry and took "
                    "whatever price we were offered. Here a farmer can stand behind his "
                    "own table and talk to the person who eats his tomatoes.",
                    "attribution": "Gulnar Karimova, agronomist, Aghdam Farmers' Cooperative",
                },
            ),
            (
                "paragraph",
                "<p>The <b>Aghdam Farmers' Cooperative</b>, which has 63 member farms, has taken "
                "eight stalls and plans to sell dairy products under a shared label. Its members "
                "include 11 families who returned to Aghdam district in the past two years. It "
                "also uses the hall's cold store to keep apples and potatoes through the "
                "winter.</p>",
            ),
            (
                "image",
                {
                    "image": "fuzuli-fields",
                    "caption": "Fields south of Fuzuli. About a fifth of the stalls are let to "
                    "growers from Fuzuli district.",
                },
            ),
            (
                "paragraph",
                "<p>Stall rents start at 90 manat a month, with a discount for the first six "
                "months for farmers who have returned to the district. The managers said the "
                "hall would also open on Sundays from December if demand held up.</p>",
            ),
            (
                "paragraph",
                "<p>A weekly livestock fair will be held on the open ground behind the hall from "
                "the spring, and the managers hope to add a cafe and a children's play area.</p>",
            ),
        ],
    },
    {
        "slug": "aghdam-youth-football-trials",
        "section": "news",
        "headline": "Aghdam football academy holds its first trials for boys and girls",
        "standfirst": "More than 200 children from Aghdam and neighbouring districts turned out "
        "for two days of trials on the training pitches beside the rebuilt stadium.",
        "dateline_place": "Aghdam",
        "published": "2026-11-17T17:10",
        "bylines": [("farid-musayev", "reporter", ""), ("rauf-aliyev", "photographer", "")],
        "lead_image": "aghdam-football",
        "lead_caption": "",
        "places": ["Aghdam", "Fuzuli"],
        "people": ["Orkhan Safarli"],
        "organisations": [],
        "topics": ["Sport", "Education"],
        "body": [
            (
                "paragraph",
                "<p>More than 200 children aged between eight and 14 took part in two days of "
                "trials at the new Aghdam Youth Football Academy at the weekend, the first "
                "intake for a programme that aims to train young players from across the "
                "region.</p>",
            ),
            (
                "paragraph",
                "<p>The academy uses four floodlit training pitches beside the town's rebuilt "
                "stadium, two of them with artificial turf so that training can continue through "
                "the winter. Changing rooms, a medical room and a small classroom for video "
                "analysis were finished in October.</p>",
            ),
            (
                "paragraph",
                "<p>Coaches watched the children in small-sided games, sprint tests and "
                "ball-control drills. Sixty places are on offer in the first year, split equally "
                "between boys and girls, and the academy says it will pay for kit and transport "
                "for every player.</p>",
            ),
            (
                "paragraph",
                "<p>Medical staff checked each child's height, weight and heart rate before the "
                "tests began, and a physiotherapist was on hand for minor knocks. Coaches said "
                "they would also look at school reports, since the academy expects its players "
                "to keep up with their lessons.</p>",
            ),
            (
                "quote",
                {
                    "quote": "We are not looking for the child who scores the most goals today. "
                    "We are looking for the one who listens, who gets up after a fall "
                    "and who still wants the ball in the last minute.",
                    "attribution": "Orkhan Safarli, head coach, Aghdam Youth Football Academy",
                },
            ),
            ("subheading", "Buses from Fuzuli"),
            (
                "paragraph",
                "<p>About a third of the children came from Fuzuli, some 40 kilometres to the "
                "south, on buses arranged by their schools. Parents watched from the stands, "
                "some wrapped in blankets as the temperature dropped towards freezing in the "
                "late afternoon.</p>",
            ),
            (
                "paragraph",
                "<p>Orkhan Safarli, the academy's head coach, said the first squads would train "
                "four afternoons a week and play in a regional youth league from March. Lessons "
                "in the classroom will cover nutrition, the laws of the game and basic first "
                "aid.</p>",
            ),
            (
                "paragraph",
                "<p>Children who were not selected will be invited to an open session every "
                "Saturday. The academy said it would hold a second round of trials in the "
                "spring, when it also hopes to start a course for coaches from village "
                "schools.</p>",
            ),
        ],
    },
    {
        "slug": "fuzuli-hospital-opens-maternity-ward",
        "section": "news",
        "headline": "Fuzuli Central Hospital opens a maternity ward as young families return",
        "standfirst": "Expectant mothers in the district will no longer have to travel to "
        "neighbouring districts or to Baku to give birth, the hospital says.",
        "dateline_place": "Fuzuli",
        "published": "2026-11-16T11:00",
        "bylines": [("farid-musayev", "reporter", ""), ("aysel-karimli", "editor", "")],
        "lead_image": None,
        "lead_caption": "",
        "places": ["Fuzuli", "Aghdam"],
        "people": ["Sevinj Ismayilova"],
        "organisations": ["Fuzuli Central Hospital"],
        "topics": ["Health", "Returning residents"],
        "body": [
            (
                "paragraph",
                "<p>Fuzuli Central Hospital opened a maternity ward on Monday, the first in the "
                "district for more than three decades, as the number of young families settling "
                "in the town continues to grow.</p>",
            ),
            (
                "paragraph",
                "<p>The ward has 20 beds, two delivery rooms, an operating theatre for caesarean "
                "sections and a small neonatal unit with four incubators. It is staffed by five "
                "obstetricians, two paediatricians and 14 midwives and nurses, and will run "
                "around the clock.</p>",
            ),
            (
                "paragraph",
                "<p>Until now, women in Fuzuli and the surrounding villages had to travel to "
                "Beylagan, about an hour away by car, or further to give birth. Doctors say the "
                "journey could be difficult at night and in bad weather.</p>",
            ),
            (
                "quote",
                {
                    "quote": "We delivered our first baby at ten past four this morning, a girl "
                    "of 3.4 kilos. Her mother lives ten minutes from here. That is the "
                    "whole point of the ward.",
                    "attribution": "Sevinj Ismayilova, chief doctor, Fuzuli Central Hospital",
                },
            ),
            ("subheading", "Ambulance cover extended"),
            (
                "paragraph",
                "<p>The hospital has also added a second ambulance crew at its emergency "
                "station, so that one vehicle can cover the town while another serves the "
                "villages to the north, towards Aghdam. Response times in the district averaged "
                "24 minutes this autumn, said Dr Sevinj Ismayilova, the chief doctor, and the "
                "hospital hopes to bring them below 15.</p>",
            ),
            (
                "paragraph",
                "<p>Expectant mothers will also be able to attend antenatal clinics at the "
                "hospital, which until now offered only basic check-ups, and a midwife will "
                "visit the villages north of the town once a month.</p>",
            ),
            (
                "paragraph",
                "<p>Figures published by the <b>Fuzuli Central Hospital</b> show that 186 "
                "children were born this year to families living in Fuzuli district, more than "
                "twice as many as in 2025. Almost all of those births took place outside the "
                "district.</p>",
            ),
            (
                "paragraph",
                "<p>The hospital, which opened its first departments three years ago, says it "
                "will add a dialysis unit next year. It is still recruiting an anaesthetist and "
                "two specialist nurses for the neonatal unit.</p>",
            ),
        ],
    },
    {
        "slug": "hakari-river-flood-gauges",
        "section": "region",
        "headline": "Flood gauges installed on the Hakari river ahead of the spring melt",
        "standfirst": "Six automatic stations will send water levels to forecasters every ten "
        "minutes, giving villages downstream earlier warning of floods.",
        "dateline_place": "Lachin",
        "published": "2026-11-16T15:40",
        "bylines": [("aysel-karimli", "editor", "Trend"), ("rauf-aliyev", "photographer", "")],
        "lead_image": "lachin-river",
        "lead_caption": "",
        "places": ["Lachin", "Zabukh"],
        "people": ["Javid Abbasov"],
        "organisations": ["National Hydrometeorological Service", "Highland Water Board"],
        "topics": ["Water", "Weather"],
        "body": [
            (
                "paragraph",
                "<p>Hydrologists have installed six automatic gauging stations on the Hakari "
                "river and its tributaries in Lachin district, part of a network intended to "
                "give earlier warning of the floods that follow the spring snowmelt.</p>",
            ),
            (
                "paragraph",
                "<p>Each station measures the water level with a radar sensor mounted on a "
                "bridge or on a steel mast above the riverbed, and sends a reading every ten "
                "minutes over the mobile network. Two of them also record rainfall and air "
                "temperature. They run on solar panels, with batteries that last a week without "
                "sun.</p>",
            ),
            (
                "paragraph",
                "<p>Each station cost about 45,000 manat to install, the service said, and most "
                "were fixed to existing bridges to keep costs down. The equipment is designed to "
                "work at temperatures as low as minus 30 degrees.</p>",
            ),
            (
                "paragraph",
                "<p>The data go to the <b>National Hydrometeorological Service</b>, which "
                "publishes river levels on its website and will send flood warnings to the "
                "district administration and to residents by text message.</p>",
            ),
            (
                "quote",
                {
                    "quote": "In April the Hakari can rise by a metre in a few hours. With "
                    "gauges upstream we can see the wave coming and give villages "
                    "downstream three or four hours' notice instead of none.",
                    "attribution": "Javid Abbasov, head of mountain forecasting, National "
                    "Hydrometeorological Service",
                },
            ),
            ("subheading", "Readings shared with the water board"),
            (
                "paragraph",
                "<p>The <b>Highland Water Board</b>, which draws drinking water for Lachin town "
                "from the river, will use the readings to manage its intake, closing it when the "
                "water becomes too muddy to treat after heavy rain. Its engineers said that "
                "happened at least a dozen times last spring.</p>",
            ),
            (
                "paragraph",
                "<p>Two of the stations are upstream of Zabukh, where some of the new houses "
                "stand close to the river. Residents there were shown how to sign up for alerts "
                "at a meeting in the village hall last week.</p>",
            ),
            (
                "paragraph",
                "<p>The service plans to install similar gauges in Kalbajar district next year, "
                "starting on the upper Tartar river and its tributaries above the district "
                "centre.</p>",
            ),
        ],
    },
    {
        "slug": "kalbajar-2027-spending-priorities",
        "section": "politics",
        "headline": "Kalbajar administration sets out its spending priorities for 2027",
        "standfirst": "Roads, water and a second school take the largest share of the district's "
        "draft investment plan, which residents can comment on until 5 December.",
        "dateline_place": "Kalbajar",
        "published": "2026-11-15T09:15",
        "bylines": [("nigar-hasanova", "reporter", ""), ("aysel-karimli", "editor", "")],
        "lead_image": "tartar-valley",
        "lead_caption": "The Tartar valley below Kalbajar, where most of the planned road "
        "spending would go.",
        "places": ["Kalbajar", "Istisu", "Soyudlu", "Vank"],
        "people": ["Ramil Hasanli", "Tofig Bagirov"],
        "organisations": [
            "Kalbajar District Administration",
            "Highland Water Board",
            "Regional Road Agency",
        ],
        "topics": ["Reconstruction", "Transport", "Water", "Education"],
        "body": [
            (
                "paragraph",
                "<p>The Kalbajar District Administration has published its draft investment plan "
                "for 2027, proposing to spend most of next year's money on mountain roads, water "
                "supply and a second school for the district centre.</p>",
            ),
            (
                "paragraph",
                "<p>The plan, which covers projects paid for by the national reconstruction "
                "programme as well as from the district's own budget, lists 38 projects worth a "
                "combined 214 million manat. It was presented to residents at a meeting in the "
                "administration building on Friday evening and <a "
                'href="https://example.org/kalbajar/plan-2027">published on the '
                "administration's website</a>.</p>",
            ),
            ("subheading", "Where the money goes"),
            (
                "paragraph",
                "<p>Roads account for about 41 percent of the planned spending, including the "
                "avalanche galleries on the Istisu road and a new bridge over the Tartar river "
                "at Vank. Water and sewerage take a further 22 percent, mostly for networks in "
                "villages that still rely on springs. The new school, for 480 pupils, is "
                "budgeted at 18 million manat.</p>",
            ),
            (
                "quote",
                {
                    "quote": "We have tried to put the money where people already live, or where "
                    "they will live within two years. A road to an empty valley helps "
                    "nobody.",
                    "attribution": "Ramil Hasanli, spokesman, Kalbajar District Administration",
                },
            ),
            (
                "image",
                {
                    "image": "istisu-road",
                    "caption": "The road to Istisu. Two avalanche galleries for its upper "
                    "section are included in the plan.",
                },
            ),
            (
                "paragraph",
                "<p>Smaller items include street lighting for Soyudlu, a veterinary station and "
                "grants for families who want to open shops, guesthouses or workshops. The "
                "administration also proposes to buy two more snow ploughs and a fire engine.</p>",
            ),
            (
                "paragraph",
                "<p>Tofig Bagirov of the Regional Road Agency told the meeting that the "
                "galleries could be finished by the end of 2027 if work starts as soon as the "
                "snow clears. Residents asked about bus services to outlying villages and about "
                "the sanatorium at Istisu, which is not in the plan because a private investor "
                "is developing it.</p>",
            ),
            (
                "paragraph",
                "<p>Comments can be submitted in writing or at the administration's reception "
                "until 5 December. The final plan must be approved by the national "
                "reconstruction authorities before the end of the year. The administration said "
                "it would publish a summary of the comments it receives.</p>",
            ),
        ],
    },
    {
        "slug": "kalbajar-honey-first-shipment",
        "section": "economy",
        "headline": "Kalbajar honey producers send their first shipment to Baku shops",
        "standfirst": "Four tonnes of mountain honey from 30 family apiaries went on sale in the "
        "capital this week under a shared district label.",
        "dateline_place": "Kalbajar",
        "published": "2026-11-14T14:30",
        "bylines": [("aysel-karimli", "editor", "APA"), ("nigar-hasanova", "contributor", "")],
        "lead_image": "soyudlu-pastures",
        "lead_caption": "Summer pastures above Soyudlu, where several of the apiaries stand from "
        "May to September.",
        "places": ["Kalbajar", "Soyudlu", "Istisu"],
        "people": ["Ramil Hasanli"],
        "organisations": ["Ministry of Agriculture", "Kalbajar District Administration"],
        "topics": ["Agriculture", "Returning residents"],
        "body": [
            (
                "paragraph",
                "<p>Honey from family apiaries in Kalbajar district went on sale in Baku this "
                "week, the first commercial shipment from the mountain district since producers "
                "returned, the <b>Ministry of Agriculture</b> said.</p>",
            ),
            (
                "paragraph",
                "<p>The four-tonne consignment came from 30 beekeepers in villages including "
                "Soyudlu and Istisu, whose hives spend the summer on alpine meadows above 2,000 "
                "metres. It is sold in glass jars under a shared label, <i>Kalbajar Mountain "
                "Honey</i>, in a chain of food shops and at two farmers' markets in the "
                "capital.</p>",
            ),
            (
                "paragraph",
                "<p>Every batch was tested at a ministry laboratory for moisture, sugar content "
                "and residues before shipment, and each jar carries a code that identifies the "
                "village where the honey was collected.</p>",
            ),
            (
                "paragraph",
                "<p>Beekeeping has a long tradition in the district, where the high meadows "
                "bloom with thyme, clover and wild flowers from June. Older residents remember "
                "honey from Kalbajar being sold at markets across the region, often traded for "
                "grain from the lowlands.</p>",
            ),
            ("subheading", "Grants for hives"),
            (
                "paragraph",
                "<p>The district administration has given returning families grants of up to "
                "3,000 manat to buy hives, protective clothing and extractors, and a cooperative "
                "set up last year owns a shared bottling room in Kalbajar town. About 70 "
                "households in the district now keep bees, according to the administration.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Honey is one of the few things that can travel from these "
                    "mountains without losing value. A jar weighs little, keeps for "
                    "years, and people will pay for a clean, high-altitude product.",
                    "attribution": "Ramil Hasanli, spokesman, Kalbajar District Administration",
                },
            ),
            (
                "paragraph",
                "<p>Producers received 18 manat a kilogram for the first shipment, about a third "
                "more than local traders offered in the summer, the cooperative said. In Baku "
                "the jars sell for around 30 manat a kilogram.</p>",
            ),
            (
                "paragraph",
                "<p>The ministry said a second shipment was planned for December and that it was "
                "in talks with buyers abroad, subject to export certification of the bottling "
                "room.</p>",
            ),
        ],
    },
    {
        "slug": "shusha-winter-mugham-evenings",
        "section": "culture",
        "headline": "Winter mugham evenings open in Shusha to a full concert hall",
        "standfirst": "The first of six weekly concerts paired young singers and "
        "instrumentalists from the town's arts school with established performers.",
        "dateline_place": "Shusha",
        "published": "2026-11-14T22:15",
        "bylines": [("aysel-karimli", "editor", "AFP"), ("tural-safarov", "contributor", "")],
        "lead_image": "shusha-concert",
        "lead_caption": "",
        "places": ["Shusha", "Dashalti"],
        "people": ["Elmira Gasimova"],
        "organisations": ["Shusha Children's Arts School"],
        "topics": ["Heritage", "Tourism"],
        "body": [
            (
                "paragraph",
                "<p>Shusha's winter season of mugham evenings opened on Saturday with a concert "
                "that filled the 400-seat hall of the town's cultural centre, the first of six "
                "weekly performances planned before the New Year.</p>",
            ),
            (
                "paragraph",
                "<p>The programme paired established singers with pupils from the <b>Shusha "
                "Children's Arts School</b>, some of whom performed in public for the first "
                "time. Accompanied by tar, kamancha and the frame drum known as the gaval, they "
                "sang classical modes including Bayati-Shiraz and Segah.</p>",
            ),
            (
                "paragraph",
                "<p>Mugham, a largely improvised classical music built on a system of modes, is "
                "closely associated with Shusha, which produced many of the genre's best-known "
                "performers in the 19th and early 20th centuries. UNESCO inscribed Azerbaijani "
                "mugham on its list of the intangible cultural heritage of humanity in 2008.</p>",
            ),
            (
                "paragraph",
                "<p>Among the performers was a 14-year-old kamancha player from Dashalti, whose "
                "solo passage in Segah drew long applause. Several of the older singers were "
                "trained by teachers who had themselves learned the genre from masters of the "
                "Shusha school.</p>",
            ),
            (
                "quote",
                {
                    "quote": "For a young singer, the first mugham on a stage in Shusha is "
                    "something they will remember all their lives. Some of them were "
                    "shaking before they went on. None of them was shaking by the end.",
                    "attribution": "Elmira Gasimova, director, Shusha Children's Arts School",
                },
            ),
            ("subheading", "Free seats for residents"),
            (
                "paragraph",
                "<p>Tickets are free for residents of Shusha district, including the village of "
                "Dashalti, and cost 10 manat for visitors. Organisers said all seats for the "
                "next two evenings had already been reserved, and the concerts will also be "
                "streamed on the cultural centre's website.</p>",
            ),
            (
                "paragraph",
                "<p>Each evening is devoted to a different mode, with a short talk before the "
                "music that explains its structure and mood for listeners new to the genre. The "
                "final concert, on 19 December, will include excerpts from a mugham opera "
                "performed by the arts school's senior students.</p>",
            ),
            (
                "paragraph",
                "<p>The organisers said they hoped to make the winter season a regular fixture "
                "alongside the summer festivals that draw visitors to the town.</p>",
            ),
        ],
    },
    {
        "slug": "new-school-opens-in-lachin",
        "section": "news",
        "headline": "Lachin's largest school opens with places for 600 pupils",
        "standfirst": "The three-storey school on the eastern edge of Lachin replaces classes "
        "held in temporary cabins since families began returning to the town.",
        "dateline_place": "Lachin",
        "published": "2026-11-13T12:40",
        "bylines": [("leyla-mammadova", "reporter", ""), ("aysel-karimli", "editor", "")],
        "lead_image": "school-opening",
        "lead_caption": "",
        "places": ["Lachin", "Zabukh"],
        "people": ["Farida Alizada"],
        "organisations": ["Lachin District Administration"],
        "topics": ["Education", "Reconstruction", "Returning residents"],
        "body": [
            (
                "paragraph",
                "<p>A new secondary school opened in Lachin on Friday, giving the town's "
                "children their first permanent classrooms since families began moving back to "
                "the district.</p>",
            ),
            (
                "paragraph",
                "<p>The building, on the eastern edge of the town above the Hakari river, has 32 "
                "classrooms, two science laboratories, a library and a sports hall. It can take "
                "up to 600 pupils in two shifts; 412 are enrolled this term, including 58 who "
                "come in each day by bus from Zabukh and neighbouring villages.</p>",
            ),
            (
                "paragraph",
                "<p>Until now, lessons were held in prefabricated cabins beside the district "
                "administration building. Teachers say the cabins served their purpose but were "
                "cramped and hard to heat once the weather turned.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Last winter we taught in our coats. This morning a child asked me "
                    "whether the radiators were real. That tells you what this building "
                    "means to the families here.",
                    "attribution": "Farida Alizada, head teacher",
                },
            ),
            ("subheading", "Teachers from across the country"),
            (
                "paragraph",
                "<p>Of the school's 47 teachers, 19 grew up in Lachin district and have returned "
                "with their families; the rest applied through a national scheme that offers "
                "housing and a salary supplement to teachers who move to the resettled "
                "districts. Farida Alizada, the head teacher, said the school still needed a "
                "physics teacher and a school nurse.</p>",
            ),
            (
                "paragraph",
                "<p>The <b>Lachin District Administration</b> said the school had been built to "
                "the same earthquake standard as new hospitals, with solar panels on the roof "
                "that supply roughly a third of its electricity. A kindergarten for 120 children "
                "is being built on the neighbouring plot and is due to open in the spring.</p>",
            ),
            (
                "paragraph",
                "<p>The building has ramps and a lift so that pupils with disabilities can reach "
                "every floor, and the canteen will serve free hot lunches to children in the "
                "first four years. The library opened with about 6,000 books, many of them "
                "donated by schools in Baku and Ganja.</p>",
            ),
            (
                "paragraph",
                "<p>Parents at the opening ceremony were shown round the laboratories and the "
                "hall, where the school's first volleyball team trained in new kit. Classes move "
                "into the building on Monday.</p>",
            ),
        ],
    },
    {
        "slug": "fuzuli-farmers-sow-winter-wheat",
        "section": "region",
        "headline": "Fuzuli farmers sow winter wheat on land cleared of mines",
        "standfirst": "About 1,800 hectares south of Fuzuli have been sown this autumn, nearly "
        "three times last year's area, as more farmland is handed back to growers.",
        "dateline_place": "Fuzuli",
        "published": "2026-11-13T08:45",
        "bylines": [("nigar-hasanova", "reporter", ""), ("rauf-aliyev", "photographer", "")],
        "lead_image": "fuzuli-fields",
        "lead_caption": "",
        "places": ["Fuzuli", "Aghdam"],
        "people": ["Gulnar Karimova"],
        "organisations": ["Ministry of Agriculture", "Aghdam Farmers' Cooperative"],
        "topics": ["Agriculture", "Water"],
        "body": [
            (
                "paragraph",
                "<p>Farmers in Fuzuli district have finished sowing winter wheat on about 1,800 "
                "hectares of land south of the town, nearly three times the area planted last "
                "autumn, the <b>Ministry of Agriculture</b> said on Thursday.</p>",
            ),
            (
                "paragraph",
                "<p>The fields, on the flat plain that runs south towards the Araz river, were "
                "surveyed and cleared of mines over the past three years and handed back to "
                "farmers in stages. Most of the new sowing is on plots leased to family farms "
                "and to two cooperatives, which share tractors and seed drills.</p>",
            ),
            (
                "quote",
                {
                    "quote": "The soil here has rested for a long time. The first harvests were "
                    "better than anyone expected, but we test every field before "
                    "deciding how much fertiliser to use, because nobody knows these "
                    "plots any more.",
                    "attribution": "Gulnar Karimova, agronomist, Aghdam Farmers' Cooperative",
                },
            ),
            ("subheading", "Irrigation canal repaired"),
            (
                "paragraph",
                "<p>A 12-kilometre stretch of the irrigation canal that feeds the southern "
                "fields was relined with concrete this summer. Water will flow in April, in time "
                "for the wheat's spring growth, and will also serve vegetable plots that farmers "
                "hope to plant next year.</p>",
            ),
            (
                "paragraph",
                "<p>Gulnar Karimova, an agronomist with the Aghdam Farmers' Cooperative, which "
                "advises growers in both districts, said farmers had chosen drought-tolerant "
                "varieties bred for the lowlands of central Azerbaijan. Seed was supplied at a "
                "subsidised price through a ministry programme.</p>",
            ),
            (
                "paragraph",
                "<p>Last summer's harvest on the first 650 hectares averaged 3.9 tonnes a "
                "hectare, according to the ministry, close to the national average. The grain "
                "was sold to a mill in Aghdam.</p>",
            ),
            (
                "paragraph",
                "<p>Several growers are also trying oilseed rape and chickpeas on smaller plots "
                "this season, to rotate with wheat and reduce the risk of disease. The ministry "
                "says it will publish results from these trial plots after next summer's "
                "harvest.</p>",
            ),
            (
                "paragraph",
                "<p>Farmers say their main problem is now labour. Many young people who have "
                "moved to Fuzuli work in construction, and the cooperatives have started "
                "offering seasonal contracts with housing to attract machine operators for the "
                "harvest.</p>",
            ),
        ],
    },
    {
        "slug": "shusha-carpet-weaving-class",
        "section": "culture",
        "headline": "Shusha arts school revives carpet weaving with a class for teenagers",
        "standfirst": "Twelve pupils are learning to weave on upright looms, using patterns "
        "redrawn from old Karabakh carpets.",
        "dateline_place": "Shusha",
        "published": "2026-11-13T16:20",
        "bylines": [("tural-safarov", "reporter", ""), ("aysel-karimli", "editor", "")],
        "lead_image": None,
        "lead_caption": "",
        "places": ["Shusha", "Dashalti"],
        "people": ["Elmira Gasimova"],
        "organisations": ["Shusha Children's Arts School", "Highland Heritage Foundation"],
        "topics": ["Heritage", "Education"],
        "body": [
            (
                "paragraph",
                "<p>Twelve teenagers have started learning to weave carpets at the Shusha "
                "Children's Arts School, the first such class in the town for more than three "
                "decades.</p>",
            ),
            (
                "paragraph",
                "<p>The pupils, aged between 13 and 17, meet three afternoons a week in a "
                "workshop fitted with four upright wooden looms. Their teacher, a weaver trained "
                "in Ganja, has started them on small samplers before they move on to rugs of "
                "about one square metre.</p>",
            ),
            (
                "paragraph",
                "<p>Karabakh carpets, woven in and around Shusha for centuries, are known for "
                "their deep reds and blues and for designs such as <i>Malibayli</i> and "
                "<i>Bagchadagullar</i>, or flowers in the garden. UNESCO recognised the "
                "traditional art of Azerbaijani carpet weaving as intangible cultural heritage "
                "in 2010.</p>",
            ),
            (
                "quote",
                {
                    "quote": "These children will not become carpet makers overnight. But a girl "
                    "who has tied ten thousand knots by hand looks at an old carpet in "
                    "a museum differently for the rest of her life.",
                    "attribution": "Elmira Gasimova, director, Shusha Children's Arts School",
                },
            ),
            ("subheading", "Patterns from the archive"),
            (
                "paragraph",
                "<p>The designs come from a catalogue of old carpets compiled by the <b>Highland "
                "Heritage Foundation</b>, which photographed pieces held in museums and private "
                "collections and redrew their patterns on squared paper for weavers. The wool is "
                "spun and dyed in a small workshop in the village of Dashalti, using madder "
                "root, walnut husks and other natural dyes.</p>",
            ),
            (
                "paragraph",
                "<p>Elmira Gasimova, the school's director, said the pupils' first finished rugs "
                "would be shown at an exhibition in the spring. Two evening classes for adults "
                "will start in January for residents who want to learn the craft as a hobby or a "
                "trade.</p>",
            ),
            (
                "paragraph",
                "<p>Each pupil will weave a small rug of their own design in the final term, and "
                "the school hopes some will go on to carpet-weaving courses in Baku. Local "
                "families have already donated two old looms, which are being repaired for "
                "use.</p>",
            ),
            (
                "paragraph",
                "<p>The school already teaches music, painting and ceramics to about 300 "
                "children. It says the weaving class was oversubscribed and that it has opened a "
                "waiting list for next autumn.</p>",
            ),
        ],
    },
]

"""About this content.

Every story, quote, figure, person, organisation and picture credit above is fictional, written
for the Newsroom demo. Places are real districts and villages of the highlands, used only as
settings; nothing here reports real events or quotes real people.
"""
