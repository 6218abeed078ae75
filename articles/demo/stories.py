"""Content of the demo desk: the Highland Courier, a fictional regional paper.

Every story, person and quote here is invented for the Newsroom demo; places are real districts and
villages of the Karabakh highlands, used only as settings.
"""

SECTIONS = [
    ("News", "news", "What happened today across the highland districts."),
    ("Region", "region", "Villages, roads, water and weather from Kalbajar to Fuzuli."),
    (
        "Politics",
        "politics",
        "District administrations, budgets and the decisions that shape them.",
    ),
    ("Economy", "economy", "Farms, markets, jobs and the money behind reconstruction."),
    ("Culture", "culture", "Heritage, music, crafts and the people who keep them alive."),
]

AUTHORS = [
    {
        "name": "Leyla Mammadova",
        "slug": "leyla-mammadova",
        "job_title": "Senior reporter, Kalbajar",
        "bio": "Leyla covers the Kalbajar and Lachin districts. "
        "She has reported on returning residents since the first convoys.",
    },
    {
        "name": "Rauf Aliyev",
        "slug": "rauf-aliyev",
        "job_title": "Photographer",
        "bio": "Rauf photographs the highlands for the Courier. "
        "He spent ten years on agency assignments before joining the desk.",
    },
    {
        "name": "Nigar Hasanova",
        "slug": "nigar-hasanova",
        "job_title": "Economy correspondent",
        "bio": "Nigar writes about farms, markets and district budgets. "
        "She trained as an agronomist before turning to journalism.",
    },
    {
        "name": "Tural Safarov",
        "slug": "tural-safarov",
        "job_title": "Culture editor",
        "bio": "Tural edits the culture pages and writes about heritage sites. "
        "He grew up listening to mugham in his grandfather's tea house.",
    },
    {
        "name": "Aysel Karimli",
        "slug": "aysel-karimli",
        "job_title": "News editor",
        "bio": "Aysel runs the news desk and edits wire copy. "
        "She previously worked as a correspondent in Ganja.",
    },
]

IMAGES = [
    {
        "key": "khudavang",
        "title": "Khudavang albanian monastery",
        "description": "The stone church of the Khudavang monastery above the Tartar river.",
        "alt": "A stone church with a pointed roof on a green hillside",
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
        "description": "The Tartar river winds through the valley below Kalbajar.",
        "alt": "A river in a wide valley between green and brown hills",
        "creator": "Elvin Huseynli",
        "credit_line": "",
        "copyright_notice": "",
        "licence": "cc-by-sa-4.0",
        "source_url": "https://example.org/photos/elvin/tartar-valley",
        "usage_terms": "",
        "palette": ("#35524a", "#c9d6c3"),
        "motif": "river",
    },
    {
        "key": "murovdag",
        "title": "Murovdag ridge",
        "description": "Snow on the Murovdag ridge seen from the Omar pass road.",
        "alt": "Layered mountain ridges under a pale sky",
        "creator": "Unknown",
        "credit_line": "Wikimedia Commons",
        "copyright_notice": "",
        "licence": "cc0-1.0",
        "source_url": "https://example.org/commons/murovdag-ridge",
        "usage_terms": "",
        "palette": ("#3d4f63", "#e3e8ee"),
        "motif": "mountains",
    },
    {
        "key": "istisu-road",
        "title": "New road to Istisu",
        "description": "The resurfaced road to the Istisu springs, opened this week.",
        "alt": "A new asphalt road with white markings leading into mountains",
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
        "key": "soyudlu-harvest",
        "title": "Harvest in Soyudlu",
        "description": "Wheat fields outside Soyudlu village at sunset.",
        "alt": "Striped fields under a low sun",
        "creator": "Rauf Aliyev",
        "credit_line": "Highland Courier",
        "copyright_notice": "© 2026 Highland Courier",
        "licence": "staff",
        "source_url": "",
        "usage_terms": "",
        "palette": ("#6b5a2e", "#f0dca0"),
        "motif": "sun",
    },
    {
        "key": "shusha-festival",
        "title": "Crowd at the Kharibulbul festival",
        "description": "Visitors gather for the opening concert of the Kharibulbul festival.",
        "alt": "A large crowd of people standing in a square",
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
        "description": "The rebuilt market hall in Aghdam on its first trading day.",
        "alt": "A low stone building with a dark roof on open ground",
        "creator": "Samir Guliyev",
        "credit_line": "Reuters",
        "copyright_notice": "© 2026 Reuters",
        "licence": "agency",
        "source_url": "",
        "usage_terms": "Editorial use only",
        "palette": ("#4a3b2a", "#e6d5b8"),
        "motif": "building",
    },
    {
        "key": "kalbajar-convoy",
        "title": "Units enter the district",
        "description": "Units of the army enter the district, November 25, 2020.",
        "alt": "A road climbing into snowy mountains",
        "creator": "",
        "credit_line": "Ministry of Defence",
        "copyright_notice": "",
        "licence": "handout",
        "source_url": "",
        "usage_terms": "Handout; editorial use only",
        "palette": ("#3b4a3f", "#d8dcd0"),
        "motif": "road",
    },
    {
        "key": "school-opening",
        "title": "School opening in Lachin",
        "description": "Pupils and teachers at the opening of the new school in Lachin.",
        "alt": "A group of people in front of a building",
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
        "key": "fuzuli-fields",
        "title": "Demined fields near Fuzuli",
        "description": "Farmland cleared of mines south of Fuzuli, ready for sowing.",
        "alt": "Flat fields in alternating green and brown strips",
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
        "description": "The Hakari river below the town of Lachin.",
        "alt": "A blue river running past green hills",
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
        "key": "shusha-sunrise",
        "title": "Sunrise over Shusha",
        "description": "The sun rises over the plateau of Shusha.",
        "alt": "A yellow sun low above striped fields",
        "creator": "Gunel Rahimova",
        "credit_line": "",
        "copyright_notice": "",
        "licence": "cc-by-2.0",
        "source_url": "https://example.org/photos/gunel/shusha-sunrise",
        "usage_terms": "",
        "palette": ("#7a4b2a", "#f3d9a4"),
        "motif": "sun",
    },
]

STORIES = [
    {
        "slug": "road-to-istisu-springs-reopens",
        "section": "region",
        "headline": "Road to the Istisu springs reopens after three years of works",
        "standfirst": "The 38-kilometre road from Kalbajar to the mineral springs is open "
        "to traffic again, cutting the journey to under an hour.",
        "dateline_place": "Kalbajar",
        "published": "2026-11-22T09:30",
        "bylines": [("leyla-mammadova", "reporter", ""), ("rauf-aliyev", "photographer", "")],
        "lead_image": "istisu-road",
        "lead_caption": "",
        "places": ["Kalbajar", "Istisu"],
        "people": ["Elnur Guliyev"],
        "organisations": ["State Highways Agency"],
        "topics": ["Transport", "Reconstruction"],
        "body": [
            (
                "paragraph",
                "<p>Drivers queued at the checkpoint before dawn on Saturday as the resurfaced "
                "road to the Istisu springs opened to traffic for the first time since works "
                "began three years ago.</p>",
            ),
            (
                "paragraph",
                "<p>The road climbs 1,100 metres through the Tartar valley and crosses eleven "
                "new bridges. Engineers said the hardest part was a two-kilometre section cut "
                "into the cliff above the river, which had to be rebuilt after a landslide in "
                "<b>April</b>.</p>",
            ),
            ("subheading", "A shorter winter"),
            (
                "paragraph",
                "<p>Until now the springs were cut off from November to March. The new road will "
                "be cleared of snow throughout the winter, the agency said, so that the bottling "
                "plant can work all year.</p>",
            ),
            (
                "quote",
                {
                    "quote": "My father drove this road with a horse cart. "
                    "Today I drove it in forty minutes.",
                    "attribution": "Elnur Guliyev, taxi driver",
                },
            ),
            ("image", {"image": "tartar-valley", "caption": ""}),
            (
                "paragraph",
                "<p>Speed cameras and emergency bays are still being installed; the agency asked "
                "drivers to keep to 60 km/h until the work is finished in December.</p>",
            ),
        ],
    },
    {
        "slug": "soyudlu-families-bring-in-first-harvest",
        "section": "economy",
        "headline": "Soyudlu families bring in their first wheat harvest",
        "standfirst": "Twelve families who returned to the village in spring have harvested "
        "forty tonnes of wheat, more than they expected.",
        "dateline_place": "Soyudlu",
        "published": "2026-11-21T11:15",
        "bylines": [("nigar-hasanova", "reporter", ""), ("rauf-aliyev", "photographer", "")],
        "lead_image": "soyudlu-harvest",
        "lead_caption": "",
        "places": ["Soyudlu", "Kalbajar"],
        "people": ["Zaur Mammadli"],
        "organisations": ["Ministry of Agriculture"],
        "topics": ["Agriculture"],
        "body": [
            (
                "paragraph",
                "<p>The combine harvester arrived in Soyudlu on Monday morning, borrowed from a "
                "cooperative in the lowlands, and by Thursday the last field was cut.</p>",
            ),
            (
                "paragraph",
                "<p>The families sowed 30 hectares in April with seed supplied by the Ministry of "
                "Agriculture. Yields were close to 1.4 tonnes a hectare, about what farmers in "
                "the valley expect in a good year.</p>",
            ),
            (
                "quote",
                {
                    "quote": "We were told the soil had rested too long. It had not forgotten how "
                    "to grow wheat.",
                    "attribution": "Zaur Mammadli, head of the village council",
                },
            ),
            (
                "paragraph",
                "<p>Half the grain will be kept as seed for next year; the rest will be milled in "
                "Kalbajar. The council hopes to buy its own harvester with a state loan.</p>",
            ),
        ],
    },
    {
        "slug": "kharibulbul-festival-opens-in-shusha",
        "section": "culture",
        "headline": "Kharibulbul festival opens in Shusha with a night of mugham",
        "standfirst": "Musicians from twelve countries are taking part in the three-day festival, "
        "named after the flower that grows only on the Shusha plateau.",
        "dateline_place": "Shusha",
        "published": "2026-11-20T20:45",
        "bylines": [("tural-safarov", "reporter", ""), ("aysel-karimli", "editor", "AFP")],
        "lead_image": "shusha-festival",
        "lead_caption": "",
        "places": ["Shusha"],
        "people": ["Sevinj Aliyeva"],
        "organisations": ["Shusha City State Reserve"],
        "topics": ["Heritage", "Music"],
        "body": [
            (
                "paragraph",
                "<p>A crowd of several thousand filled the square below the Govhar Agha mosque "
                "on Friday evening as the festival opened with a three-hour mugham concert.</p>",
            ),
            (
                "paragraph",
                "<p>Organisers said 240 performers had registered, from folk ensembles to a "
                "chamber orchestra. Concerts continue on Saturday and Sunday at four stages "
                "across the old town.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Mugham was born in these hills. Playing it here is like speaking "
                    "your mother tongue at home.",
                    "attribution": "Sevinj Aliyeva, singer",
                },
            ),
            ("image", {"image": "shusha-sunrise", "caption": "Morning over the plateau"}),
            (
                "paragraph",
                "<p>Entry to all concerts is free. Buses leave Shusha's main square for the "
                "outdoor stage every half hour.</p>",
            ),
        ],
    },
    {
        "slug": "khudavang-monastery-restoration-begins",
        "section": "culture",
        "headline": "Restoration of the Khudavang monastery begins",
        "standfirst": "Conservators will spend two years repairing the roofs and frescoes of the "
        "13th-century complex above the Tartar river.",
        "dateline_place": "Vank",
        "published": "2026-11-19T10:00",
        "bylines": [("tural-safarov", "reporter", "")],
        "lead_image": "khudavang",
        "lead_caption": "",
        "places": ["Vank", "Kalbajar"],
        "people": ["Farid Ismayilov"],
        "organisations": ["Ministry of Culture"],
        "topics": ["Heritage"],
        "body": [
            (
                "paragraph",
                "<p>Scaffolding went up around the main church of the Khudavang monastery this "
                "week as conservators began the first full restoration in half a century.</p>",
            ),
            (
                "paragraph",
                "<p>The team will first make the roofs watertight before winter, then move "
                "inside to clean and fix the frescoes, some of which have lost their colour to "
                "damp.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Every stone here was placed by hand. We will take them down and "
                    "put them back the same way.",
                    "attribution": "Farid Ismayilov, chief conservator",
                },
            ),
            (
                "paragraph",
                "<p>The site stays open to visitors on weekends. A viewing platform will let "
                "them watch the work on the frescoes from next spring.</p>",
            ),
        ],
    },
    {
        "slug": "aghdam-market-hall-opens",
        "section": "economy",
        "headline": "Aghdam's rebuilt market hall opens to traders",
        "standfirst": "Sixty stalls opened on the first day, selling fruit, honey and cheese from "
        "the surrounding villages.",
        "dateline_place": "Aghdam",
        "published": "2026-11-18T13:20",
        "bylines": [("nigar-hasanova", "reporter", "Reuters")],
        "lead_image": "aghdam-market",
        "lead_caption": "",
        "places": ["Aghdam"],
        "people": ["Rashid Nabiyev"],
        "organisations": ["Aghdam District Administration"],
        "topics": ["Reconstruction", "Agriculture"],
        "body": [
            (
                "paragraph",
                "<p>Traders unloaded crates of persimmons and pomegranates at dawn on Wednesday "
                "as the market hall in Aghdam opened for business.</p>",
            ),
            (
                "paragraph",
                "<p>Stall rents are waived for the first six months. The district administration "
                "said 140 traders had applied for the 60 places, and a second hall is planned.</p>",
            ),
            (
                "quote",
                {
                    "quote": "People drive from Barda to buy our honey. Now they have somewhere "
                    "to find us.",
                    "attribution": "Rashid Nabiyev, beekeeper",
                },
            ),
            (
                "paragraph",
                "<p>The market is open from 7:00 to 18:00 every day except Monday.</p>",
            ),
        ],
    },
    {
        "slug": "first-school-opens-in-lachin",
        "section": "news",
        "headline": "Lachin's first new school welcomes 320 pupils",
        "standfirst": "The three-storey school has a gym, a science lab and heating that runs on "
        "the town's new gas line.",
        "dateline_place": "Lachin",
        "published": "2026-11-17T08:45",
        "bylines": [("leyla-mammadova", "reporter", "")],
        "lead_image": "school-opening",
        "lead_caption": "",
        "places": ["Lachin"],
        "people": ["Gulnar Abbasova"],
        "organisations": ["Ministry of Education", "Lachin District Administration"],
        "topics": ["Education"],
        "body": [
            (
                "paragraph",
                "<p>Parents lined the street outside the new school in Lachin on Monday as 320 "
                "pupils started lessons in classrooms that still smelled of paint.</p>",
            ),
            (
                "paragraph",
                "<p>Twenty-six teachers have moved to the town, most of them from Baku and Ganja, "
                "with housing provided by the district. Lessons run in one shift.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Half my pupils were born after their families left. This is the "
                    "first time they have a school in the town on their birth certificates.",
                    "attribution": "Gulnar Abbasova, head teacher",
                },
            ),
            ("image", {"image": "lachin-river", "caption": "The Hakari river below the school"}),
        ],
    },
    {
        "slug": "kalbajar-budget-approved",
        "section": "politics",
        "headline": "Kalbajar council approves its 2027 budget",
        "standfirst": "Water mains and village clinics take the largest share of a budget that "
        "is a third bigger than this year's.",
        "dateline_place": "Kalbajar",
        "published": "2026-11-16T16:10",
        "bylines": [("aysel-karimli", "reporter", "")],
        "lead_image": "murovdag",
        "lead_caption": "The Murovdag ridge above the district",
        "places": ["Kalbajar"],
        "people": ["Elchin Rzayev"],
        "organisations": ["Kalbajar District Administration"],
        "topics": ["Water", "Health"],
        "body": [
            (
                "paragraph",
                "<p>Councillors approved the 2027 budget on Monday after a four-hour session, "
                "the first held in the rebuilt administration building.</p>",
            ),
            (
                "paragraph",
                "<p>The largest items are 40 kilometres of water mains for villages along the "
                "Tartar and three clinics, in Soyudlu, Istisu and Chaykand.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Families come back when there is water in the tap and a doctor "
                    "down the road. That is what this budget buys.",
                    "attribution": "Elchin Rzayev, head of the district administration",
                },
            ),
        ],
    },
    {
        "slug": "fuzuli-fields-cleared-for-sowing",
        "section": "region",
        "headline": "Fields south of Fuzuli cleared of mines and ready for sowing",
        "standfirst": "Deminers have handed over 1,200 hectares of farmland, the largest single "
        "area cleared in the district this year.",
        "dateline_place": "Fuzuli",
        "published": "2026-11-15T12:00",
        "bylines": [("nigar-hasanova", "reporter", ""), ("rauf-aliyev", "photographer", "")],
        "lead_image": "fuzuli-fields",
        "lead_caption": "",
        "places": ["Fuzuli"],
        "people": ["Vugar Hasanli"],
        "organisations": ["Mine Action Agency"],
        "topics": ["Agriculture", "Reconstruction"],
        "body": [
            (
                "paragraph",
                "<p>The Mine Action Agency handed over 1,200 hectares of farmland south of "
                "Fuzuli on Sunday after eleven months of clearance.</p>",
            ),
            (
                "paragraph",
                "<p>The land will be leased to farming cooperatives for winter wheat and "
                "barley. The agency said its teams found and destroyed more than 3,000 devices "
                "in the area.</p>",
            ),
            (
                "quote",
                {
                    "quote": "We walked every metre of it twice. It is safe to plough.",
                    "attribution": "Vugar Hasanli, team leader",
                },
            ),
        ],
    },
    {
        "slug": "winter-storm-warning-for-highlands",
        "section": "news",
        "headline": "Storm warning: heavy snow expected on the Omar pass",
        "standfirst": "Forecasters expect up to 60 centimetres of snow above 2,000 metres from "
        "Tuesday night; the pass may close for two days.",
        "dateline_place": "Kalbajar",
        "published": "2026-11-22T17:40",
        "bylines": [("aysel-karimli", "reporter", "Trend")],
        "lead_image": "murovdag",
        "lead_caption": "Snow is forecast on the Murovdag ridge",
        "places": ["Kalbajar", "Omar Pass"],
        "people": [],
        "organisations": ["National Hydrometeorology Service", "State Highways Agency"],
        "topics": ["Weather", "Transport"],
        "body": [
            (
                "paragraph",
                "<p>The national weather service issued an orange warning on Sunday for the "
                "Kalbajar highlands, with heavy snow and wind gusts of up to 70 km/h.</p>",
            ),
            (
                "paragraph",
                "<p>The State Highways Agency said snowploughs would be stationed on both sides "
                "of the Omar pass, but it may close the road if visibility drops.</p>",
            ),
            (
                "paragraph",
                "<p>Drivers are advised to carry chains and to check the agency's hotline before "
                "setting out.</p>",
            ),
        ],
    },
    {
        "slug": "water-main-reaches-chaykand",
        "section": "region",
        "headline": "Running water reaches Chaykand for the first time in decades",
        "standfirst": "A 14-kilometre pipe from the Tartar now supplies 90 households and the "
        "village school.",
        "dateline_place": "Chaykand",
        "published": "2026-11-14T10:25",
        "bylines": [("leyla-mammadova", "reporter", "")],
        "lead_image": "tartar-valley",
        "lead_caption": "The Tartar valley, source of Chaykand's new supply",
        "places": ["Chaykand", "Kalbajar"],
        "people": ["Mehriban Guliyeva"],
        "organisations": ["Azersu"],
        "topics": ["Water"],
        "body": [
            (
                "paragraph",
                "<p>Taps ran in Chaykand on Friday when engineers opened the valve on a new "
                "14-kilometre main from a pumping station on the Tartar.</p>",
            ),
            (
                "quote",
                {
                    "quote": "For two years we carried water in cans from the spring. "
                    "My children have never seen a tap work.",
                    "attribution": "Mehriban Guliyeva, resident",
                },
            ),
            (
                "paragraph",
                "<p>The water company said the supply would be tested weekly until a treatment "
                "plant is finished next year.</p>",
            ),
        ],
    },
    {
        "slug": "lachin-clinic-gets-ambulance",
        "section": "news",
        "headline": "Lachin clinic gets its first ambulance",
        "standfirst": "The four-wheel-drive ambulance will cover villages up to 50 kilometres "
        "away, where the nearest doctor was two hours' drive.",
        "dateline_place": "Lachin",
        "published": "2026-11-13T15:05",
        "bylines": [("leyla-mammadova", "reporter", ""), ("aysel-karimli", "editor", "")],
        "lead_image": "lachin-river",
        "lead_caption": "",
        "places": ["Lachin"],
        "people": ["Dr Samira Huseynova"],
        "organisations": ["Ministry of Health"],
        "topics": ["Health"],
        "body": [
            (
                "paragraph",
                "<p>A four-wheel-drive ambulance arrived at the Lachin clinic on Thursday, the "
                "first emergency vehicle based in the district.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Until now, a heart attack in the hills meant a neighbour's car "
                    "and a prayer.",
                    "attribution": "Dr Samira Huseynova, clinic director",
                },
            ),
            (
                "paragraph",
                "<p>Two paramedics and three drivers have been hired. The clinic can be reached "
                "on 103 around the clock.</p>",
            ),
        ],
    },
    {
        "slug": "shusha-carpet-museum-reopens",
        "section": "culture",
        "headline": "Shusha carpet museum reopens with 300 restored rugs",
        "standfirst": "The collection includes Karabakh carpets woven in the 18th century and "
        "pieces donated by families who kept them for thirty years.",
        "dateline_place": "Shusha",
        "published": "2026-11-21T18:00",
        "bylines": [("tural-safarov", "reporter", ""), ("rauf-aliyev", "photographer", "")],
        "lead_image": "shusha-sunrise",
        "lead_caption": "",
        "places": ["Shusha"],
        "people": ["Sevinj Aliyeva"],
        "organisations": ["Azerbaijan Carpet Museum", "Shusha City State Reserve"],
        "topics": ["Heritage"],
        "body": [
            (
                "paragraph",
                "<p>The carpet museum in Shusha reopened on Saturday in a restored 19th-century "
                "merchant's house, with 300 rugs on show.</p>",
            ),
            (
                "paragraph",
                "<p>About a third of the collection was donated by families who carried carpets "
                "with them when they left in the 1990s and kept them rolled in cupboards.</p>",
            ),
            (
                "image",
                {"image": "khudavang", "caption": "Motifs in the carpets echo local churches"},
            ),
            (
                "paragraph",
                "<p>The museum is open daily except Monday; entry is free for schoolchildren.</p>",
            ),
        ],
    },
    {
        "slug": "kalbajar-returnees-first-winter",
        "section": "news",
        "headline": "Kalbajar's returning families prepare for their first winter",
        "standfirst": "Firewood, insulation and a weekly bus: how 400 families in the district are "
        "getting ready for the cold months.",
        "dateline_place": "Kalbajar",
        "published": "2026-11-12T09:00",
        "bylines": [("leyla-mammadova", "reporter", ""), ("rauf-aliyev", "photographer", "")],
        "lead_image": "kalbajar-convoy",
        "lead_caption": "",
        "places": ["Kalbajar", "Soyudlu", "Istisu"],
        "people": ["Zaur Mammadli"],
        "organisations": ["Kalbajar District Administration"],
        "topics": ["Reconstruction", "Weather"],
        "body": [
            (
                "paragraph",
                "<p>In Soyudlu, stacks of firewood line every yard. The district delivered ten "
                "cubic metres to each household in October.</p>",
            ),
            (
                "paragraph",
                "<p>New houses were built with insulated walls and double glazing, but "
                "families say the real test will come in January, when temperatures fall "
                "below minus 15.</p>",
            ),
            ("image", {"image": "soyudlu-harvest", "caption": "Soyudlu in late autumn"}),
            (
                "paragraph",
                "<p>A weekly bus to Kalbajar town will run all winter, snow permitting.</p>",
            ),
        ],
    },
    {
        "slug": "aghdam-mosque-minarets-repaired",
        "section": "culture",
        "headline": "Aghdam mosque's minarets repaired before winter",
        "standfirst": "Stonemasons have finished rebuilding the tops of both minarets of the "
        "Juma mosque, a landmark visible across the plain.",
        "dateline_place": "Aghdam",
        "published": "2026-11-11T14:30",
        "bylines": [("tural-safarov", "reporter", "Trend")],
        "lead_image": None,
        "lead_caption": "",
        "places": ["Aghdam"],
        "people": ["Farid Ismayilov"],
        "organisations": ["Ministry of Culture"],
        "topics": ["Heritage", "Reconstruction"],
        "body": [
            (
                "paragraph",
                "<p>Stonemasons lowered their scaffolding from the minarets of Aghdam's Juma "
                "mosque this week after eight months of repairs.</p>",
            ),
            (
                "paragraph",
                "<p>The upper sections were rebuilt with stone from the same quarry used in the "
                "19th century, identified by geologists from old records.</p>",
            ),
            (
                "quote",
                {
                    "quote": "From the plain you can see the minarets again. People stop their "
                    "cars to look.",
                    "attribution": "Farid Ismayilov, conservator",
                },
            ),
        ],
    },
    {
        "slug": "honey-cooperative-exports",
        "section": "economy",
        "headline": "Highland honey cooperative signs its first export deal",
        "standfirst": "Beekeepers from Lachin and Kalbajar will ship eight tonnes of mountain "
        "honey to buyers in the Gulf next spring.",
        "dateline_place": "Lachin",
        "published": "2026-11-10T11:40",
        "bylines": [("nigar-hasanova", "reporter", "")],
        "lead_image": "fuzuli-fields",
        "lead_caption": "Flowering meadows feed the cooperative's hives",
        "places": ["Lachin", "Kalbajar"],
        "people": ["Rashid Nabiyev"],
        "organisations": ["Highland Honey Cooperative"],
        "topics": ["Agriculture"],
        "body": [
            (
                "paragraph",
                "<p>A cooperative of 46 beekeepers signed a contract on Tuesday to export eight "
                "tonnes of mountain honey, its first sale abroad.</p>",
            ),
            (
                "paragraph",
                "<p>The honey will be tested in a laboratory in Baku before shipping. Members say "
                "the price is double what they get at local markets.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Bees do not care about borders. But buyers care about labels, so we "
                    "learned to make good ones.",
                    "attribution": "Rashid Nabiyev, chair of the cooperative",
                },
            ),
        ],
    },
    {
        "slug": "fuzuli-airport-new-routes",
        "section": "economy",
        "headline": "Fuzuli airport adds weekly flights to two cities",
        "standfirst": "Flights to Nakhchivan and Istanbul start in December, the airport said, "
        "as tourist numbers in Shusha grow.",
        "dateline_place": "Fuzuli",
        "published": "2026-11-20T08:15",
        "bylines": [("aysel-karimli", "reporter", "AFP")],
        "lead_image": "murovdag",
        "lead_caption": "",
        "places": ["Fuzuli", "Shusha"],
        "people": [],
        "organisations": ["Fuzuli International Airport"],
        "topics": ["Transport"],
        "body": [
            (
                "paragraph",
                "<p>Fuzuli airport will add weekly flights to Nakhchivan and Istanbul from "
                "December 4, its operator said on Friday.</p>",
            ),
            (
                "paragraph",
                "<p>The airport handled 48,000 passengers this year, most of them travelling to "
                "Shusha, an hour's drive away.</p>",
            ),
        ],
    },
    {
        "slug": "district-elections-date-set",
        "section": "politics",
        "headline": "Date set for first municipal elections in three districts",
        "standfirst": "Voters in Kalbajar, Lachin and Aghdam will elect municipal councils in "
        "April, the election commission announced.",
        "dateline_place": "Lachin",
        "published": "2026-11-19T17:55",
        "bylines": [("aysel-karimli", "reporter", ""), ("leyla-mammadova", "contributor", "")],
        "lead_image": None,
        "lead_caption": "",
        "places": ["Kalbajar", "Lachin", "Aghdam"],
        "people": ["Elchin Rzayev"],
        "organisations": ["Central Election Commission"],
        "topics": ["Elections"],
        "body": [
            (
                "paragraph",
                "<p>The Central Election Commission set April 12 as the date for the first "
                "municipal elections in the Kalbajar, Lachin and Aghdam districts.</p>",
            ),
            (
                "paragraph",
                "<p>Residents registered in the districts by the end of January will be able to "
                "vote. Polling stations will open in schools and village halls.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Councils elected by the people who live here will know best where "
                    "the next road should go.",
                    "attribution": "Elchin Rzayev, head of the Kalbajar administration",
                },
            ),
        ],
    },
    {
        "slug": "istisu-bottling-plant-restarts",
        "section": "economy",
        "headline": "Istisu bottling plant restarts production",
        "standfirst": "The plant, famous for its hot mineral water, bottled its first 10,000 "
        "litres on Thursday and plans to hire 80 workers.",
        "dateline_place": "Istisu",
        "published": "2026-11-22T13:05",
        "bylines": [("nigar-hasanova", "reporter", ""), ("rauf-aliyev", "photographer", "")],
        "lead_image": "istisu-road",
        "lead_caption": "The new road that lets trucks reach the plant in winter",
        "places": ["Istisu", "Kalbajar"],
        "people": ["Elnur Guliyev"],
        "organisations": ["Istisu Mineral Water Company"],
        "topics": ["Reconstruction", "Water"],
        "body": [
            (
                "paragraph",
                "<p>The first bottles of Istisu mineral water in three decades came off the line "
                "on Thursday at the rebuilt plant beside the springs.</p>",
            ),
            (
                "paragraph",
                "<p>The company said it would start with 10,000 litres a day and triple output "
                "next year. It has hired 35 workers so far, most from nearby villages.</p>",
            ),
            ("image", {"image": "tartar-valley", "caption": "The valley below the springs"}),
        ],
    },
    {
        "slug": "lachin-corridor-bridge-finished",
        "section": "region",
        "headline": "New bridge over the Hakari river finished ahead of schedule",
        "standfirst": "The 180-metre bridge replaces a single-lane crossing that flooded every "
        "spring.",
        "dateline_place": "Lachin",
        "published": "2026-11-09T10:50",
        "bylines": [("leyla-mammadova", "reporter", ""), ("rauf-aliyev", "photographer", "")],
        "lead_image": "lachin-river",
        "lead_caption": "",
        "places": ["Lachin"],
        "people": [],
        "organisations": ["State Highways Agency"],
        "topics": ["Transport", "Reconstruction"],
        "body": [
            (
                "paragraph",
                "<p>Engineers opened a new bridge over the Hakari river on Monday, two months "
                "ahead of schedule.</p>",
            ),
            (
                "paragraph",
                "<p>The old crossing, a single lane on concrete pipes, was underwater for weeks "
                "every spring, cutting off villages on the far bank.</p>",
            ),
        ],
    },
    {
        "slug": "mugham-school-opens-in-shusha",
        "section": "culture",
        "headline": "A mugham school opens in Shusha with 40 pupils",
        "standfirst": "Children aged eight to fifteen will study tar, kamancha and singing with "
        "teachers from the national conservatory.",
        "dateline_place": "Shusha",
        "published": "2026-11-16T12:30",
        "bylines": [("tural-safarov", "reporter", "")],
        "lead_image": "shusha-festival",
        "lead_caption": "The festival crowd that inspired the school's founders",
        "places": ["Shusha"],
        "people": ["Sevinj Aliyeva"],
        "organisations": ["National Conservatory"],
        "topics": ["Music", "Education"],
        "body": [
            (
                "paragraph",
                "<p>Forty children began lessons on Monday at a new mugham school in Shusha, "
                "the town many call the cradle of the genre.</p>",
            ),
            (
                "quote",
                {
                    "quote": "A child who learns mugham learns patience first and music second.",
                    "attribution": "Sevinj Aliyeva, teacher",
                },
            ),
            (
                "paragraph",
                "<p>Lessons are free. The school will take 20 more pupils in spring.</p>",
            ),
        ],
    },
]
