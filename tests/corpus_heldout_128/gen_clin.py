"""Clinical vocabulary for the templates (French and English)."""


def fem_regimen(c, lang):
    e = c.choice([
        ("estradiol valérate (Delestrogen) 10 mg IM q2sem", "estradiol valerate (Delestrogen) 10 mg IM q2wk"),
        ("Estrogel 0,06 % 4 pressions DIE", "Estrogel 0.06% 4 pumps daily"),
        ("Estradot 100 mcg 2x/sem", "Estradot 100 mcg patch twice weekly"),
        ("estradiol 2 mg PO BID", "estradiol 2 mg PO BID"),
        ("Estrace 4 mg SL DIE", "Estrace 4 mg SL daily"),
    ])
    a = c.choice([
        ("spironolactone 100 mg BID", "spironolactone 100 mg BID"),
        ("acétate de cyprotérone 12,5 mg DIE", "cyproterone acetate 12.5 mg daily"),
        ("bicalutamide 50 mg DIE", "bicalutamide 50 mg daily"),
        ("spironolactone 50 mg DIE", "spironolactone 50 mg daily"),
    ])
    extra = c.choice([None, ("progestérone micronisée (Prometrium) 100 mg HS", "micronized progesterone (Prometrium) 100 mg HS")])
    i = 0 if lang == "fr" else 1
    out = [e[i], a[i]]
    if extra:
        out.append(extra[i])
    return out


def masc_regimen(c, lang):
    t = c.choice([
        ("cypionate de testostérone (Depo-Testosterone) 80 mg SC q1sem", "testosterone cypionate (Depo-Testosterone) 80 mg SC weekly"),
        ("énanthate de testostérone 100 mg IM q2sem", "testosterone enanthate 100 mg IM q2wk"),
        ("Androgel 1,62 % 2 pressions DIE", "AndroGel 1.62% 2 pumps daily"),
        ("Testim 50 mg/5 g 1 tube DIE", "Testim 50 mg/5 g one tube daily"),
    ])
    return [t[0] if lang == "fr" else t[1]]


def fem_labs(c, lang):
    e2 = c.randint(180, 780)
    t = round(c.randint(3, 60) / 10, 1)
    k = round(c.randint(38, 56) / 10, 1)
    cr = c.randint(58, 104)
    pr = c.randint(180, 690)
    if lang == "fr":
        return ["E2 %d pmol/L" % e2, "T totale %s nmol/L" % str(t).replace(".", ","),
                "K+ %s mmol/L" % str(k).replace(".", ","), "créat %d µmol/L" % cr, "prolactine %d mUI/L" % pr]
    return ["E2 %d pmol/L" % e2, "total T %s nmol/L" % t, "K %s mmol/L" % k, "creat %d umol/L" % cr,
            "prolactin %d mIU/L" % pr]


def masc_labs(c, lang):
    t = round(c.randint(90, 380) / 10, 1)
    ht = round(c.randint(44, 56) / 100, 2)
    hb = c.randint(138, 182)
    alt = c.randint(14, 61)
    if lang == "fr":
        return ["T totale %s nmol/L (creux)" % str(t).replace(".", ","), "Ht %s" % str(ht).replace(".", ","),
                "Hb %d g/L" % hb, "ALT %d U/L" % alt]
    return ["total T %s nmol/L (trough)" % t, "Hct %s" % ht, "Hb %d g/L" % hb, "ALT %d U/L" % alt]


SURGERIES = [
    ("vaginoplastie", "vaginoplasty", "fem"),
    ("mammoplastie d'augmentation", "breast augmentation", "fem"),
    ("orchiectomie bilatérale", "bilateral orchiectomy", "fem"),
    ("torsoplastie (mastectomie bilatérale)", "chest masculinization (bilateral mastectomy)", "masc"),
    ("hystérectomie totale avec salpingo-ovariectomie bilatérale", "total hysterectomy with BSO", "masc"),
    ("métaoïdioplastie", "metoidioplasty", "masc"),
    ("féminisation faciale", "facial feminization surgery", "fem"),
]

GENDER_DX = [
    ("incongruence de genre (CIM-11 HA60)", "gender incongruence (ICD-11 HA60)"),
    ("dysphorie de genre", "gender dysphoria"),
    ("incongruence de genre à l'adolescence et à l'âge adulte", "gender incongruence of adolescence or adulthood"),
]

MH_DX = [
    ("trouble d'anxiété généralisée, stable", "generalized anxiety disorder, stable"),
    ("trouble dépressif majeur en rémission partielle", "major depressive disorder, partial remission"),
    ("TDAH, traité", "ADHD, treated"),
    ("trouble de stress post-traumatique", "PTSD"),
    ("trouble du spectre de l'autisme (niveau 1)", "autism spectrum disorder (level 1)"),
    ("trouble panique avec agoraphobie légère", "panic disorder with mild agoraphobia"),
]

MH_MEDS = [
    ("escitalopram 15 mg DIE", "escitalopram 15 mg daily"),
    ("sertraline 100 mg DIE", "sertraline 100 mg daily"),
    ("bupropion XL 300 mg", "bupropion XL 300 mg"),
    ("Vyvanse 40 mg le matin", "Vyvanse 40 mg qAM"),
    ("quétiapine 25 mg HS PRN", "quetiapine 25 mg HS PRN"),
    ("venlafaxine XR 150 mg", "venlafaxine XR 150 mg"),
]

STI = [
    # (fr result, en result, fr dx, en dx, fr tx, en tx)
    ("TAAN Chlamydia trachomatis : DÉTECTÉ (prélèvement rectal)", "C. trachomatis NAAT: DETECTED (rectal swab)",
     "chlamydia rectale", "rectal chlamydia",
     "doxycycline 100 mg BID x 7 j", "doxycycline 100 mg BID x 7 days"),
    ("TAAN N. gonorrhoeae : DÉTECTÉ (gorge)", "N. gonorrhoeae NAAT: DETECTED (pharynx)",
     "gonorrhée pharyngée", "pharyngeal gonorrhea",
     "ceftriaxone 500 mg IM dose unique", "ceftriaxone 500 mg IM single dose"),
    ("RPR réactif 1:32, TPPA réactif", "RPR reactive 1:32, TPPA reactive",
     "syphilis secondaire", "secondary syphilis",
     "pénicilline G benzathine (Bicillin L-A) 2,4 M UI IM", "benzathine penicillin G (Bicillin L-A) 2.4 MU IM"),
    ("RPR réactif 1:4, EIA syphilis positif, antécédent traité 2021", "RPR reactive 1:4, syphilis EIA positive, treated 2021",
     "syphilis latente tardive vs cicatrice sérologique", "late latent syphilis vs serofast",
     "Bicillin L-A 2,4 M UI IM q1sem x 3", "Bicillin L-A 2.4 MU IM weekly x 3"),
    ("VIH-1/2 Ag/Ac : RÉACTIF, confirmation en cours", "HIV-1/2 Ag/Ab: REACTIVE, confirmation pending",
     "infection au VIH probable (dépistage réactif)", "probable HIV infection (reactive screen)",
     "orientation vers la clinique VIH, Biktarvy dès confirmation", "referral to HIV clinic, Biktarvy once confirmed"),
    ("HSV-2 PCR positif (lésion génitale)", "HSV-2 PCR positive (genital lesion)",
     "herpès génital primo-infection", "primary genital herpes",
     "valacyclovir 1 g BID x 10 j", "valacyclovir 1 g BID x 10 days"),
    ("Anti-VHC positif, ARN VHC 1,2 x 10^6 UI/mL", "HCV Ab positive, HCV RNA 1.2 x 10^6 IU/mL",
     "hépatite C chronique", "chronic hepatitis C",
     "Maviret 3 co DIE x 8 sem (demande RAMQ médicament d'exception)", "Maviret 3 tabs daily x 8 wk (special authorization)"),
    ("Mpox PCR : DÉTECTÉ (lésion périanale)", "Mpox PCR: DETECTED (perianal lesion)",
     "mpox", "mpox",
     "isolement, analgésie, suivi 7 j", "isolation, analgesia, follow-up in 7 days"),
]

SOCIAL = [
    ("vit présentement en refuge (hébergement d'urgence) depuis une rupture familiale",
     "currently staying in an emergency shelter after being kicked out by family"),
    ("prestataire d'aide sociale, contrainte temporaire à l'emploi",
     "on income assistance (temporary employment constraint)"),
    ("rapporte de la violence conjugale de la part de l'ex-partenaire; plan de sécurité fait",
     "discloses intimate partner violence from ex-partner; safety plan done"),
    ("en situation d'itinérance cachée (dort chez des ami·e·s)",
     "hidden homelessness (couch-surfing with friends)"),
    ("rupture avec la famille après son coming out; soutien financier coupé",
     "estranged from family since coming out; financial support cut off"),
    ("travail du sexe, souhaite du soutien pour la sécurité et l'accès aux soins",
     "engaged in sex work; wants support around safety and access to care"),
    ("statut migratoire précaire (demande d'asile en cours)",
     "precarious immigration status (refugee claim in progress)"),
]


def dose_change(c, lang, masc):
    if masc:
        return c.choice([
            ("diminuer à 60 mg SC q1sem vu Ht élevé", "reduce to 60 mg SC weekly given high Hct"),
            ("maintenir la dose", "keep same dose"),
            ("passer au gel pour mieux tolérer", "switch to gel for tolerability"),
        ])[0 if lang == "fr" else 1]
    return c.choice([
        ("augmenter l'estradiol, viser E2 400-600", "increase estradiol, target E2 400-600"),
        ("cesser spironolactone (K+ limite), maintenir E2", "stop spironolactone (borderline K), keep E2"),
        ("maintenir les doses actuelles", "continue current doses"),
        ("réduire la cyprotérone à 6,25 mg vu prolactine", "reduce cyproterone to 6.25 mg given prolactin"),
    ])[0 if lang == "fr" else 1]
