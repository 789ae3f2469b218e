"""Non-confidential (hard negative) messages in French, part 3."""
import datetime as dt

from gen_attach import make_docx, make_pdf, make_xlsx, make_zip
from gen_common import CISSS, CISSS_DOM, DOM, ORG_FR, STAFF, fmt_date, signature, staff_display
from gen_ctx import Ctx, Rec, spec
from gen_neg_fr import _all, _d

L = "fr"


def n_politique(ctx: Ctx):
    rng = ctx.rng
    ph = ctx.staff("pharmacienne", "infirmière praticienne", "chef")
    v = ctx.pick([
        ("Ordonnance collective OC-CARDIO-07 – ajustement du furosémide",
         "L'infirmière de la clinique IC peut augmenter le furosémide de 40 mg/jour si le gain de poids dépasse "
         "2 kg en 3 jours, à condition que la créatinine soit < 200 µmol/L et le K+ entre 3,5 et 5,0 mmol/L. "
         "Bilan de contrôle en 5 à 7 jours."),
        ("Protocole de réponse aux alertes de télésurveillance (rév. 2024)",
         "Alertes rouges (choc, TV soutenue, FA > 6 h chez un patient non anticoagulé) : appel au patient dans "
         "les 24 h et avis à l'électrophysiologiste de garde. Alertes jaunes : revue dans les 72 h ouvrables."),
        ("Règle de soins – titration de l'Entresto",
         "Débuter 24/26 mg BID si TAS 100-110 mmHg ou DFGe < 30; sinon 49/51 mg BID. Doubler toutes les 2 à 4 "
         "semaines selon tolérance. Ne jamais associer à un IECA (respecter 36 h de sevrage)."),
    ])
    doc = make_docx(v[0], [v[1], "Entrée en vigueur : dès l'adoption par le CMDP.",
                           f"Responsable : {staff_display(ph)}"])
    text = (f"Bonjour,\n\nLa version révisée du document « {v[0]} » a été adoptée. Résumé :\n\n{v[1]}\n\n"
            "Le document complet est joint et sera déposé dans l'intranet.\n\n" + signature(ph, "ic", L))
    return spec("policy_update", L, f"Mise à jour – {v[0].split(' –')[0]}", ctx.mb(ph), [_all()], text, Rec(L),
                "clinical policy update without patient data",
                attachments=[{"kind": "docx", "filename": "document_révisé.docx", "data": doc}] if ctx.chance(0.6) else [])


def n_formation(ctx: Ctx):
    rng = ctx.rng
    coord = ctx.staff("coordonnatrice", "assistante")
    people = rng.sample([s for s in STAFF if not s[3]], 6)
    day = _d(rng, 7, 30)
    cours = ctx.pick(["RCR-DEA (recertification)", "ACLS – soins avancés en réanimation",
                      "Lecture des électrogrammes de dispositifs – niveau 1"])
    text = (f"Bonjour,\n\nVoici la liste des inscrits à la formation {cours} du {fmt_date(day, 'long_fr')}, "
            "8 h à 16 h, local 3.220 :\n\n" + "\n".join(f"- {p[0]} {p[1]}, {p[4]}" for p in people) +
            "\n\nLes absences non motivées seront facturées au centre d'activité. Dîner non fourni.\n\n" +
            signature(coord, "unit", L))
    return spec("training", L, f"Inscriptions – {cours.split(' ')[0]}", ctx.mb(coord),
                [ctx.mb(p) for p in people[:3]], text, Rec(L), "staff training registration list",
                cc=[ctx.mb(ctx.staff("chef"))])


def n_pv(ctx: Ctx):
    rng = ctx.rng
    sec = ctx.staff("secrétaire", "coordonnatrice")
    pres = rng.sample(STAFF, 7)
    paras = [f"Date : {fmt_date(_d(rng, -10, -2), 'long_fr')}",
             "Présences : " + ", ".join(f"{p[0]} {p[1]}" for p in pres),
             "1. Volume de la clinique IC : 212 visites en octobre (cible 200).",
             "2. Délai d'attente pour une première visite : 38 jours (priorité B).",
             "3. Télésurveillance : recrutement d'une 2e infirmière approuvé.",
             "4. Réadaptation : 14 places par groupe maintenues; liste d'attente de 6 semaines.",
             "5. Divers : party de Noël le 13 décembre.",
             "Prochaine réunion : 2e mardi du mois."]
    doc = make_docx("Procès-verbal – réunion d'équipe cardiologie", paras)
    text = "Bonjour,\n\nVous trouverez ci-joint le procès-verbal de la dernière réunion d'équipe.\n\n" + signature(sec, "unit", L)
    return spec("minutes", L, "Procès-verbal – réunion d'équipe", ctx.mb(sec), [_all()], text, Rec(L),
                "team meeting minutes with aggregate figures",
                attachments=[{"kind": "docx", "filename": "Procès-verbal_réunion_équipe.docx", "data": doc}])


def n_fondation(ctx: Ctx):
    rng = ctx.rng
    fond = ("Fondation du HRSAM", "dons@fondation-hrsam.example")
    v = ctx.chance(0.5)
    if v:
        text = ("Chers collègues,\n\nLe Gala Cœur d'or aura lieu le 1er mars au Centre des congrès de Sainte-Ursule. "
                "Les profits financeront un nouvel ergocycle adapté pour la réadaptation cardiaque et deux "
                "programmateurs pour la clinique des dispositifs.\n\nMerci à nos grands donateurs : Groupe "
                "Bellerive, Quincaillerie Dupont & fils, et la famille Vandal.\n\nBillets : 175 $ (reçu fiscal 90 $).\n\n"
                "Fondation du HRSAM\n2450, boulevard des Érables, bureau 12\nTél. : 450-555-0195")
        subj = "Gala Cœur d'or – billets en vente"
    else:
        text = (f"Bonjour,\n\nGrâce à la campagne d'automne, la Fondation a remis {rng.randrange(40, 90)} 000 $ au "
                "programme de réadaptation cardiaque. Une photo officielle aura lieu au gymnase jeudi à 11 h avec "
                "l'équipe.\n\nFondation du HRSAM")
        subj = "Remise de la Fondation – réadaptation cardiaque"
    return spec("foundation", L, subj, fond, [_all()], text, Rec(L), "hospital foundation announcement")


def n_candidats(ctx: Ctx):
    rng = ctx.rng
    rh = ("Dotation – RH", f"dotation@{CISSS_DOM}")
    boss = ctx.staff("chef", "assistante")
    cands = rng.sample(["Marie-Ève Trudel", "Alexandre Nantel", "Kim Phan", "Geneviève Sauvé", "Rafael Ortega",
                        "Audrey Bissonnette"], 3)
    day = _d(rng, 3, 12)
    rows = [("Heure", "Candidat(e)", "Poste", "Expérience")]
    for i, c in enumerate(cands):
        rows.append((f"{9 + i}:00", c, "Infirmière clinicienne – dispositifs", f"{rng.randrange(2, 15)} ans, "
                     + ctx.pick(["soins coronariens", "urgence", "hémodynamie", "télémétrie"])))
    text = (f"Bonjour {boss[0]},\n\nVoici l'horaire des entrevues du {fmt_date(day, 'long_fr')} (salle 2.105). Les "
            "CV sont dans le dossier partagé du comité de sélection.\n\n" + "\n".join(" | ".join(r) for r in rows) +
            "\n\nRessources humaines")
    return spec("hr_candidates", L, "Entrevues – infirmière clinicienne dispositifs", rh, [ctx.mb(boss)], text, Rec(L),
                "job interview schedule with candidate names")


def n_brochure(ctx: Ctx):
    nurse = ctx.staff("infirmière clinicienne", "nutritionniste")
    lines = ["Vivre avec l'insuffisance cardiaque", "",
             "Pesez-vous chaque matin, après avoir uriné, avant le déjeuner.",
             "Appelez la clinique si vous prenez plus de 2 kg en 3 jours ou 2,5 kg en une semaine.",
             "Limitez le sel à 2 000 mg par jour et les liquides à 1,5 L si on vous l'a demandé.",
             "Signes d'alerte : essoufflement au repos, enflure des jambes, toux la nuit.",
             "Clinique d'insuffisance cardiaque : 450-555-0142 (lundi au vendredi, 8 h à 16 h)."]
    members = [("Vivre_avec_IC.pdf", make_pdf("Vivre avec l'insuffisance cardiaque", lines)),
               ("Journal_de_poids.pdf", make_pdf("Journal de poids quotidien",
                                                 ["Date | Poids (kg) | Essoufflement (0-10) | Enflure (oui/non)"] +
                                                 ["____ | ______ | ____ | ____"] * 20))]
    z = make_zip(members)
    text = ("Bonjour,\n\nVoici les nouveaux documents d'enseignement (version approuvée par le comité des "
            "documents aux usagers). Merci de détruire l'ancienne version papier.\n\n" + signature(nurse, "ic", L))
    return spec("patient_education", L, "Documents d'enseignement – IC (nouvelle version)", ctx.mb(nurse), [_all()],
                text, Rec(L), "generic patient-education leaflets (ZIP)",
                attachments=[{"kind": "zip", "filename": "enseignement_IC_2024.zip", "data": z}])
