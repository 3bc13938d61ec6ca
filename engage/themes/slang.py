"""Spellings, text-speak and slang young people use, mapped to the plain words the lexicon knows.

Applied token by token before stemming, so "pics", "pix" and "piccies" all become "pictures" and
"snap" becomes "snapchat". Only mappings that are safe in almost any sentence belong here; words
whose meaning depends on context ("food", "line", "12") are left to the concept lexicon, which can
require a neighbouring word.
"""

from __future__ import annotations


def _table(text: str) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for line in text.strip().splitlines():
        keys, _, value = line.partition("=")
        for key in keys.split():
            table[key] = tuple(value.split())
    return table


SLANG: dict[str, tuple[str, ...]] = _table(
    """
    u = you
    ur yor = your
    youre = you are
    r = are
    ppl peeps pple = people
    cuz coz cos bc bcos becuz becos cause = because
    wanna = want to
    gonna = going to
    gotta = got to
    dunno = do not know
    dont = do not
    cant = can not
    cannot = can not
    wont = will not
    didnt = did not
    doesnt = does not
    isnt = is not
    arent = are not
    aint = is not
    shouldnt = should not
    wouldnt = would not
    couldnt = could not
    im = i am
    ive = i have
    thats = that is
    theres = there is
    tho = though
    thru = through
    wat wot = what
    wen = when
    bout = about
    abt = about
    rn = right now
    tbh = to be honest
    idk = i do not know
    pls plz = please
    msg msgs = message
    txt = text
    txts = texts
    bf = boyfriend
    gf = girlfriend
    bfs = boyfriends
    gfs = girlfriends
    bae = partner
    mam mom mummy mom's = mum
    mums moms = mums
    pops = dad
    step-dad stepdad stepdads = stepfather
    sis = sister
    bro bruv bruh = brother
    fam = family
    mate mates = friends
    friendz = friends
    m8 m8s = friends
    gyal gyals = girls
    skool skl = school
    sch = school
    uni = university
    teachas = teachers
    pic pics pix piccies photo photos = pictures
    vid vids = videos
    nudez noodz noods nudies = nudes
    dickpic dickpics = nude pictures
    insta ig instagram = instagram
    snap snapchat snapchats snaps = snapchat
    snapmap = snap map
    tik tiktok tiktoks = tiktok
    yt youtube = youtube
    whatsapp whatsap watsapp = whatsapp
    fb facebook = facebook
    gc gcs = group chat
    dm dms = direct messages
    socials = social media
    sm = social media
    xbox ps4 ps5 playstation = console
    cod = call of duty
    vbucks v-bucks robux = game currency
    feds fed popo po-po babylon coppers cops cop = police
    bobby = police
    opps ops = rivals
    olders = older boys
    youngers = younger boys
    tinys tinies = younger boys
    shank shanked shanking shanks = stabbed
    ching chinged chinging = stabbed
    borer borers = knife
    blade blades = knife
    strap straps = gun
    shotting shottin shot-ting = selling drugs
    shotter shotters = drug dealers
    trapping trappin = dealing drugs
    trapper trappers = drug dealers
    plug plugs = drug suppliers
    plugging = hiding drugs
    bando bandos = trap house
    nitty nitties = drug users
    weed zoot zoots = cannabis
    ganja = cannabis
    coke = cocaine
    ket = ketamine
    vape vapes vaping = vaping
    vapin = vaping
    paedo paedos pedo pedos pedophile pedophiles paedophile paedophiles nonce nonces = predator
    groomers = groomer
    catfished catfishing catfish catfishes = catfish
    cyberbully cyberbullying cyberbullied = online bullying
    trolling trolls troll = trolls
    finsta finstas = fake account
    mh = mental health
    dv = domestic violence
    cse = sexual exploitation
    cce = criminal exploitation
    rse = rse
    sre = rse
    lgbt lgbtq lgbtq+ lgbtqia lgbtqia+ lgbt+ = lgbtq+
    govt gov = government
    convo convos = conversation
    alot = a lot
    everyting = everything
    nuffin nuffink nuttin nothin = nothing
    sumthing summat = something
    gd = good
    gr8 = great
    2day = today
    b4 = before
    w8 = wait
    n = and
    nd = and
    waitin = waiting
    lookin = looking
    talkin = talking
    sendin = sending
    postin = posting
    bullyin = bullying
    groomin = grooming
    runnin = running
    sellin = selling
    dealin = dealing
    carryin = carrying
    hols = holidays
    shld shud = should
    rlly rly = really
    ppls = people's
    yr = year
    yrs = years
    wiv = with
    dem = them
    lyk = like
    cunch = country
    nank nanks = knife
    wap waps mash mashes = gun
    bally ballys = balaclava
    ipad = ipad
    2fa = two factor
    screenshotting = screenshot
    cyberflashing = sending nude pictures
    """
)
