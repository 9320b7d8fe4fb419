"""Web page furniture that is the same whatever the article's language.

CMS themes and share widgets ship in English, so "Skip to content", "PREV"/"NEXT" and
"Follow us on Google News" turn up on French pages too; embed shortcodes and agency tags have
no language at all. Every document gets these rules after its own language's table.

Each rule: ``name``, ``reason`` (shown to the user), ``pattern`` (must match a WHOLE line of the
folded text: apostrophes are ', dashes are -, odd spaces are ' '), ``examples`` it must match,
``counter_examples`` (real news lines) it must not, and optional ``max_words``.
"""

RULES = (
    {
        "name": "web.skip_link",
        "reason": "navigation",
        "pattern": r"(?i)(?:skip|jump) (?:to )?(?:the )?(?:main )?(?:content|navigation|search|footer|menu)",
        "examples": ("Skip to content", "Skip to main content", "Jump to navigation"),
        "counter_examples": ("Skip the talks, Moscou a préféré l'escalade.",),
    },
    {
        "name": "web.menu_word",
        "reason": "navigation",
        "pattern": r"(?i)(?:main |open |close |toggle )?(?:menu|navigation)|search|close|home|sign in|log ?in|log ?out"
                   r"|back to top|my account|subscribe|register|save|bookmark|contents",
        "examples": ("Menu", "Search", "Sign in", "Toggle navigation", "Back to top"),
        "counter_examples": ("Home to the Black Sea Fleet, Sevastopol was struck again.",),
        "max_words": 3,
    },
    {
        "name": "web.prev_next_teaser",
        "reason": "teaser",
        # Upper-case PREV/NEXT are theme labels; "Next week" in a sentence is news.
        "pattern": r"(?:PREV|PREVIOUS|NEXT)\b.*|(?i:(?:previous|next) (?:article|post|story|page)\b.*)"
                   r"|(?i:(?:<+|«)?\s*(?:previous|next|prev)\s*(?:>+|»)?)",
        "examples": ("PREV qu'est-ce qu'Emma a pensé de Nikos Aliagas ?", "NEXT « Pour l'instant, j'ai fait des choses »",
                     "Next article: Kremlin responds", "Previous", "Next »"),
        "counter_examples": ("Next week, the Pentagon will send more ATACMS to Kyiv.",
                             "Previous attempts at a ceasefire failed in 2023."),
    },
    {
        "name": "web.read_more",
        "reason": "teaser",
        "pattern": r"(?i)(?:read (?:more|also|next)|see also|you (?:may|might) also like|recommended(?: for you)?"
                   r"|most (?:read|popular|viewed)|explore more\b.*|trending(?: now)?|more (?:on this story|stories|from [\w .'-]+)"
                   r"|related(?: articles| stories| posts| content| coverage| news| topics)?)(?:\s*[:>»|-].*|\.{3}.*)?",
        "examples": ("Read more: Ukraine's drone war", "Related articles", "See also: NATO summit", "Most read",
                     "More from CNN"),
        "counter_examples": ("Related talks in Istanbul collapsed within hours.",),
        "max_words": 30,
    },
    {
        "name": "web.share_prompt",
        "reason": "share prompt",
        "pattern": r"(?i)(?:share(?: this(?: article| story| post| page)?| on [\w ]+| via \w+)?|click to share on .*"
                   r"|tweet|e-?mail|print|copy link|copied!?|whatsapp|facebook|twitter|x \(twitter\)|linkedin"
                   r"|telegram|reddit|pinterest|flipboard|bluesky|threads|link copied!?|reuse this content|save (?:this )?article)"
                   r"(?:\s*[:(].*)?",
        "examples": ("Share this article", "Share on Facebook", "Click to share on X (Opens in new window)",
                     "WhatsApp", "Copy link"),
        "counter_examples": ("Share prices fell 3% in Moscow after the announcement.",
                             "Facebook removed the fake video on Tuesday."),
        "max_words": 12,
    },
    {
        "name": "web.follow_prompt",
        "reason": "follow prompt",
        "pattern": r"(?i)(?:for (?:the )?latest (?:updates|news),? )?(?:follow|join) (?:us|our [\w ]+channel) on .*"
                   r"|follow [\w ]{1,30} on (?:x|twitter|facebook|instagram|google news|whatsapp|telegram|youtube|tiktok"
                   r"|threads|bluesky)\b.*|get (?:the latest|breaking) news on .*",
        "examples": ("For Latest Updates Follow us on Google News", "Follow us on X and Facebook", "Follow BBC News on X",
                     "Join our WhatsApp channel on WhatsApp"),
        "counter_examples": ("Follow-up talks on the Black Sea deal are due next month.",),
        "max_words": 20,
    },
    {
        "name": "web.cookie_prompt",
        "reason": "cookie or privacy prompt",
        "pattern": r"(?i).*\b(?:we|this (?:site|website)) uses? cookies\b.*"
                   r"|.*\bcookies?\b.*\b(?:consent|accept|agree|settings|preferences|browsing)\w*\b.*"
                   r"|.*\b(?:consent|accept|agree|browsing)\w*\b.*\bcookies?\b.*|(?:accept|reject|refuse|allow)(?: all)?"
                   r"(?: cookies)?|(?:cookie|privacy) (?:settings|policy|preferences)|manage (?:consent|cookies)"
                   r"|terms (?:of (?:use|service)|and conditions)|.*all rights reserved.*",
        "examples": ("We use cookies to improve your experience. By continuing you accept them.", "Accept all cookies",
                     "By continuing to browse you agree to our use of cookies",
                     "Privacy policy", "© 2024 Example Media. All rights reserved."),
        "counter_examples": ("Kyiv refused to accept the terms of the Russian proposal.",),
        "max_words": 60,
    },
    {
        "name": "web.newsletter_prompt",
        "reason": "newsletter prompt",
        "pattern": r"(?i)(?:sign up|subscribe)\b.*\b(?:newsletters?|inbox|alerts?|updates)\b.*|newsletters?",
        "examples": ("Sign up for our daily newsletter", "Subscribe to get breaking news alerts in your inbox",
                     "Newsletter"),
        "counter_examples": ("Subscribers to the treaty pledged updates on their arsenals.",),
        "max_words": 25,
    },
    {
        "name": "web.shortcode_payload",
        "reason": "embed shortcode",
        # A WordPress-style [name ...] line carrying a long base64 or percent-encoded payload.
        "pattern": r"\[/?[A-Za-z_][\w-]*\b(?=.*[A-Za-z0-9+/%=_-]{40,}).*",
        "examples": ('[expert_review_poll id=" 334" params=" '
                     'JTdCJTIydGl0bGUlMjIlM0ElMjJQZW5zZXotdm91cyUyMHF1ZSUy"]',
                     "[embed_widget data=eyJ0eXBlIjoidHdlZXQiLCJpZCI6IjE4MjM0NTY3ODkwIn0eyJ0eXBl]"),
        "counter_examples": ("[Kyiv] The strike hit a power station in the north of the city.",),
    },
    {
        "name": "web.bare_shortcode",
        "reason": "embed shortcode",
        "pattern": r"\[/?[a-z_][\w-]*(?:\s+[\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\s\]]+))*\s*/?\]",
        "examples": ("[/caption]", '[gallery ids="12,13,14"]', "[embed]"),
        "counter_examples": ("[in Russia or Crimea] were the words used by the official.",),
    },
    {
        "name": "web.agency_tag",
        "reason": "source tag",
        # A line that is nothing but an agency or outlet acronym: "CNN", "RT", "AFP/Getty Images".
        "pattern": r"[A-Z]{2,6}(?:\s*[/,&-]\s*[A-Z][A-Za-z]{1,12}(?: Images)?){0,2}"
                   r"|Reuters|Associated Press|Agence France-Presse|Bloomberg|Getty Images",
        "examples": ("CNN", "RT", "AFP", "AFP/Getty Images", "Reuters"),
        "counter_examples": ("CNN reported the decision on Sunday.",),
        "max_words": 4,
    },
    {
        "name": "web.copyright",
        "reason": "copyright",
        "pattern": r"(?:©|\([cC]\)|(?i:copyright)\s*(?:©|\d{4})).*",
        "examples": ("© 2024 Cable News Network", "Copyright 2025 The Associated Press"),
        "counter_examples": ("Copyright claims against the broadcaster were dropped.",),
        "max_words": 15,
    },
    {
        "name": "web.media_credit",
        "reason": "photo credit",
        "pattern": r"(?i)(?:image|media) (?:source|caption)\s*,.*|(?:photo(?:graph)?|image|credit|cr[eé]dits?(?: photo)?"
                   r"|illustration|video|vid[eé]o|source)s?\s*:\s*.{1,80}",
        "examples": ("Photo: AFP", "Crédit photo : Sergei Supinsky / AFP", "Illustration : Getty Images",
                     "Photograph: Sergey Bobok/AFP/Getty Images", "Image source, Getty Images"),
        "counter_examples": ("Video footage showed the missile striking the base.",),
        "max_words": 10,
    },
    {
        "name": "web.advertisement",
        "reason": "advertising",
        "pattern": r"(?i)advertisement|advertising|ad feedback|sponsored(?: content)?|(?:story|article) continues (?:below|after)"
                   r"(?: (?:this )?advertisement)?",
        "examples": ("Advertisement", "Story continues below advertisement", "Sponsored content"),
        "counter_examples": ("Advertising revenue at Russian state media rose by a third.",),
        "max_words": 6,
    },
    {
        "name": "web.relative_timestamp",
        "reason": "page information",
        # "2 hours ago" under a headline is when the page was shown, not a date in the story.
        "pattern": r"(?i)(?:(?:published|updated|posted)\s+)?(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?"
                   r"|weeks?)\s+ago",
        "examples": ("2 hours ago", "Updated 35 minutes ago", "an hour ago"),
        "counter_examples": ("Two days ago, the drones hit the refinery in Samara.",),
        "max_words": 6,
    },
    {
        "name": "web.comment_count",
        "reason": "comments",
        "pattern": r"(?i)\d+\s+comments?|comments?|leave a (?:comment|reply)|add a comment|show comments",
        "examples": ("12 comments", "Leave a reply"),
        "counter_examples": ("Comments by the Russian envoy angered Washington.",),
        "max_words": 4,
    },
    {
        "name": "web.breadcrumb",
        "reason": "navigation",
        "pattern": r"(?i)(?:home|accueil)\s*(?:[>/»|›]\s*[\w' -]+){1,5}",
        "examples": ("Home > World > Europe", "Accueil » International » Europe"),
        "counter_examples": ("Home secretary Yvette Cooper said the UK stands with Kyiv.",),
        "max_words": 12,
    },
    {
        "name": "web.hashtags",
        "reason": "tags",
        "pattern": r"(?:#\w+[\s,]*){2,}",
        "examples": ("#Ukraine #Russie #OTAN", "#Kyiv, #ATACMS"),
        "counter_examples": ("The hashtag #StandWithUkraine trended after the strike.",),
    },
    {
        "name": "web.markdown_image",
        "reason": "image",
        "pattern": r"(?:!\[[^\]]*\]\([^)]*\)\s*)+",
        "examples": ("![Un lanceur HIMARS](https://example.org/himars.jpg)",),
        "counter_examples": ("Les HIMARS [lance-roquettes] ont été livrés en juin 2022.",),
    },
    {
        "name": "web.separator",
        "reason": "layout",
        "pattern": r"[-*_=~.\u2022\u00b7 ]{3,}",
        "examples": ("---", "* * *", "==========", "..."),
        "counter_examples": ("- 3 morts à Kharkiv",),
    },
    {
        "name": "web.bare_url",
        "reason": "link",
        "pattern": r"(?i)(?:https?://|www\.)\S+",
        "examples": ("https://www.example.com/world/ukraine-123", "www.rt.com"),
        "counter_examples": ("The site www.kremlin.ru published the decree in full on Monday.",),
    },
)
