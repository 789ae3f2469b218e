"""Non-confidential messages in French, part 3: invitations, cards, archives, auto-replies, variants."""
import datetime

import gen_attach as A
from gen_build import reply_block, earlier, fake_msgid, forward_block
from gen_common import addr, sig, CLINIC_FR, CLINIC_ADDR, CLINIC_PHONE, CLINIC_FAX, HOSP, fmt_date, MOIS, ORGS
from gen_ctx import spec
from gen_neg_util import OTHER_PEOPLE_FR, luhn_serial, grouped, lot

L = "fr"


def _day(ctx, n):
    return ctx.dt.date() + datetime.timedelta(days=n)


def staff_meeting_ics(ctx):
    d = _day(ctx, ctx.rng.randrange(3, 15))
    start = datetime.datetime(d.year, d.month, d.day, 12, 0)
    topic = ctx.pick(["Réunion d'équipe mensuelle", "Préparation visite d'Agrément", "Bilan du projet de prévention des amputations"])
    ics = A.ics_text("rencontre-%s-%d@hrvc.example" % (d.isoformat(), ctx.index), start, start + datetime.timedelta(hours=1), topic,
                     "Ordre du jour à venir. Dîner fourni.", "Salle B-310 / Teams", addr("cyr"),
                     [addr("boisvert"), addr("normandeau"), addr("villeneuve"), addr("laberge")])
    return spec(ctx, "meeting_invite", "staff meeting invitation", [], addr("cyr"),
                [("Équipe clinique des plaies", "equipe.plaies@hrvc.example")], "Invitation : %s" % topic,
                "Bonjour,\n\n%s le %s à midi.\n\n%s\n" % (topic, fmt_date(d, L, "long"), sig("cyr", short=True)),
                attachments=[{"kind": "ics", "filename": "invitation.ics", "text": ics}])


def rep_vcard(ctx):
    rep = ctx.pick(OTHER_PEOPLE_FR)
    g, s = rep.split(" ", 1)
    card = A.vcf_text(rep, s, g, org=ORGS["supplier_fr"][0], title="Représentante territoriale, soins de plaies",
                      tel=[("work", "450-555-01%02d" % ctx.rng.randrange(100)), ("cell", "514-555-01%02d" % ctx.rng.randrange(100))],
                      email="%s.%s@medisoins.example" % (g.lower(), s.lower().replace(" ", "")))
    text = ("Bonjour,\n\nMerci pour votre accueil hier. Comme promis, voici mes coordonnées ; je peux revenir faire une "
            "démonstration de la nouvelle mousse à l'argent pour les infirmières du soutien à domicile.\n\nAu plaisir,\n%s\n%s\n"
            % (rep, ORGS["supplier_fr"][0]))
    return spec(ctx, "vendor", "sales representative contact card", [], (rep, "%s.%s@medisoins.example" % (g.lower(), s.lower().replace(" ", ""))),
                [addr("normandeau")], "Suivi de notre rencontre", text,
                attachments=[{"kind": "vcf", "filename": "%s.vcf" % rep.replace(" ", "_"), "text": card}])


def policy_zip(ctx):
    members = [{"kind": "txt", "filename": "LISEZMOI.txt", "text": "Politiques de la clinique des plaies - version %s\n" % ctx.dt.strftime("%Y-%m")},
               {"kind": "pdf", "filename": "POL-PLA-004_photos_de_plaies.pdf", "title": "Photographie des plaies",
                "lines": ["1. Les photos sont prises avec l'appareil de l'établissement seulement.",
                          "2. Aucune photo ni nom d'usager ne doit être transmis par courriel.",
                          "3. Les photos sont versées au dossier dans les 24 h."]},
               {"kind": "docx", "filename": "PRO-PLA-011_compression.docx", "title": "Protocole de compression",
                "paras": ["Indications : ulcère veineux, IPS entre 0,8 et 1,3.", "Contre-indications : IPS < 0,6, insuffisance cardiaque décompensée."]}]
    return spec(ctx, "policy", "policy documents archive", [], addr("normandeau"),
                [("Équipe clinique des plaies", "equipe.plaies@hrvc.example")], "Politiques et protocoles mis à jour",
                "Bonjour,\n\nVoici les politiques révisées (archive jointe). Merci d'en prendre connaissance avant le %s.\n\n%s\n"
                % (fmt_date(_day(ctx, 14), L, "long"), sig("normandeau")),
                attachments=[{"kind": "zip", "filename": "politiques_plaies_%s.zip" % ctx.dt.strftime("%Y%m"), "members": members}])


def fwd_committee(ctx):
    prev = earlier(ctx.dt, ctx.rng, 24, 120)
    inner = {"lang": L, "from": ("Direction des soins infirmiers", "dsi@hrvc.example"), "to": [addr("cyr")],
             "subject": "Appel de candidatures - comité des plaies", "date": prev,
             "text": "Bonjour,\n\nLe comité des plaies cherche deux infirmières du soutien à domicile et une nutritionniste. "
                     "Mandat de deux ans, 10 rencontres par année.\n\nDSI\n"}
    return spec(ctx, "forward_attached", "forwarded call for committee members", [], addr("cyr"),
                [("Équipe clinique des plaies", "equipe.plaies@hrvc.example")], "TR: Appel de candidatures - comité des plaies",
                "Pour celles que ça intéresse, voir le message joint.\n\nStéphane\n",
                attachments=[{"kind": "eml", "filename": None, "spec": inner}])


def out_of_office(ctx):
    who = ctx.pick(["lafreniere", "boisvert", "villeneuve", "normandeau", "frechette"])
    d = _day(ctx, ctx.rng.randrange(3, 12))
    text = ("Bonjour,\n\nJe suis absente du bureau jusqu'au %s inclusivement. Pour une urgence clinique, communiquez avec la "
            "clinique des plaies au %s ou avec le médecin de garde par le standard.\n\n%s\n" % (fmt_date(d, L, "long"), CLINIC_PHONE, sig(who)))
    return spec(ctx, "auto_reply", "out-of-office auto-reply", [], addr(who), [("Expéditeur externe", "info@gmf-vieuxmoulin.example")],
                "Réponse automatique : absente du bureau", text, extra_headers=[("Auto-Submitted", "auto-replied")])


def teaching_variants(ctx):
    cases = [
        "Femme de 81 ans, ulcère de la jambe gauche depuis 14 mois, IPS 0,72, œdème important. La compression pleine "
        "est-elle indiquée ? Quelle pression viser ?",
        "Homme de 59 ans, amputation transmétatarsienne il y a 10 semaines, moignon non cicatrisé, TcPO2 22 mmHg. "
        "Options : angioplastie, révision, amputation plus proximale ?",
        "Femme de 66 ans, plaie nécrotique très douloureuse au mollet, dialysée. Diagnostic différentiel et place de la biopsie ?",
        "Homme de 74 ans, lésion de pression au talon après une chirurgie de la hanche, IPS 0,55. Débrider ou non ?",
    ]
    c = ctx.pick(cases)
    return spec(ctx, "teaching_case", "de-identified teaching case", [], addr(ctx.pick(["lafreniere", "archambault"])),
                [("Résidents et externes", "residents.chir@hrvc.example")], "Club de lecture / cas clinique",
                "Bonjour,\n\nCas pour jeudi (dépersonnalisé, aucun élément identifiant) :\n\n%s\n\nLecture suggérée : lignes "
                "directrices 2023 sur l'ischémie critique.\n\nH. L.\n" % c)


def physician_directory(ctx):
    text = ("Bonjour,\n\nÀ la demande des GMF, voici à qui adresser les demandes en chirurgie vasculaire :\n\n"
            "Dre Hélène Lafrenière - pied diabétique, ischémie critique, amputations\n"
            "Dr Mathieu Archambault - anévrismes de l'aorte, sténoses carotidiennes\n"
            "Dre Priya Raman - maladie veineuse, ulcères de jambe, lymphœdème\n\n"
            "Les demandes passent par le CRDS ; télécopieur %s. Clinique des plaies : %s.\n\n%s\n"
            % (CLINIC_FAX, CLINIC_PHONE, sig("laberge")))
    return spec(ctx, "directory", "referral guide naming surgeons and conditions", [], addr("laberge"),
                [("GMF - secrétariats", "gmf.secretariats@cisss-hauteriviere.example")], "Guide de référence - chirurgie vasculaire", text)


def accreditation(ctx):
    d = _day(ctx, ctx.rng.randrange(20, 60))
    text = ("Bonjour,\n\nVisite d'Agrément Canada prévue la semaine du %s. Points à vérifier à la clinique :\n"
            "- double identification de l'usager avant chaque soin (nom + date de naissance, à l'oral) ;\n"
            "- dates d'ouverture inscrites sur les solutions de nettoyage ;\n"
            "- registre d'étalonnage du Doppler à jour ;\n- armoires de pansements verrouillées.\n\n%s\n"
            % (fmt_date(d, L, "long"), sig("cyr")))
    return spec(ctx, "accreditation", "accreditation visit checklist", [], addr("cyr"),
                [("Équipe clinique des plaies", "equipe.plaies@hrvc.example")], "Visite d'Agrément - préparation", text)


def calibration_log(ctx):
    kind = ctx.pick(["xlsx", "csv"])
    rows = [["Appareil", "No de série", "Date étalonnage", "Technicien", "Résultat"]]
    for dev in ["Doppler portatif 8 MHz", "Doppler portatif 5 MHz", "Système IPS/IOT", "TcPO2 moniteur"]:
        rows.append([dev, luhn_serial(ctx.rng, 9, "1234567"), fmt_date(_day(ctx, -ctx.rng.randrange(5, 200)), L, "iso"),
                     ctx.pick(["G.B.M.", "L. Grenier", "Fournisseur"]), ctx.pick(["conforme", "conforme", "ajusté"])])
    return spec(ctx, "equipment", "device calibration log", [], ("Génie biomédical", "gbm@hrvc.example"), [addr("villeneuve")],
                "Registre d'étalonnage - labo vasculaire", "Bonjour,\n\nRegistre à jour en pièce jointe.\n\nGénie biomédical, poste 4120\n",
                attachments=[{"kind": kind, "filename": "etalonnage_labo_vasc.%s" % kind, "sheets": [("Registre", rows)], "rows": rows}])


def students(ctx):
    st = ctx.sample(OTHER_PEOPLE_FR, 3)
    text = ("Bonjour,\n\nNous accueillerons trois stagiaires en sciences infirmières du %s au %s : %s. Elles seront jumelées "
            "à Isabelle et Julie. Merci de leur montrer le protocole pied diabétique et la mesure de l'IPS.\n\n%s\n"
            % (fmt_date(_day(ctx, 14), L, "long"), fmt_date(_day(ctx, 40), L, "long"), ", ".join(st), sig("cyr")))
    return spec(ctx, "students", "student placement notice", [], addr("cyr"), [addr("boisvert"), addr("normandeau")],
                "Stagiaires - clinique des plaies", text)


def mail_merge_variants(ctx):
    tpls = [("Lettre d'absence au rendez-vous", "Madame, Monsieur {{nom_complet}},\n\nVous ne vous êtes pas présenté(e) à votre "
             "rendez-vous du {{date_rdv}}. Communiquez avec nous au %s pour le reporter." % CLINIC_PHONE),
            ("Invitation au sondage", "Bonjour {{prenom}},\n\nVotre avis compte ! Répondez à notre sondage de 5 minutes : "
             "{{lien_sondage}}. Vos réponses sont anonymes."),
            ("Confirmation de rendez-vous", "Bonjour [PRÉNOM] [NOM],\n\nNous confirmons votre rendez-vous le [DATE] à [HEURE] à la "
             "clinique des plaies. Apportez votre carte d'assurance maladie.")]
    t = ctx.pick(tpls)
    return spec(ctx, "template", "mail-merge letter template", [], addr("laberge"), [addr("cyr")], "Gabarit - %s" % t[0].lower(),
                "Stéphane,\n\nVoici le gabarit (%s) à approuver :\n\n-----\n%s\n-----\n\nMarie-Ève\n" % (t[0], t[1]))


def expense(ctx):
    who = ctx.pick(["boisvert", "normandeau", "villeneuve"])
    amt = ctx.rng.randrange(180, 900)
    text = ("Bonjour Stéphane,\n\nVoici ma réclamation de frais pour le congrès de Québec : inscription 395 $, hébergement 2 nuits, "
            "kilométrage 486 km. Total %d,40 $. Les reçus sont dans l'enveloppe interne.\n\n%s\n" % (amt, sig(who, short=True)))
    return spec(ctx, "expenses", "staff expense claim", [], addr(who), [addr("cyr")], "Réclamation de frais - congrès", text)


def research_variants(ctx):
    v = ctx.pick([("Étude PRESSION-TPN", "thérapie par pression négative à domicile après amputation transtibiale ; "
                   "inclusion : amputation < 7 jours, 18 ans et plus ; exclusion : dialyse."),
                  ("Registre québécois du pied diabétique", "collecte de données agrégées sur les délais de référence ; "
                   "aucune donnée nominative ne quitte l'établissement."),
                  ("Sondage national sur la compression", "questionnaire anonyme aux infirmières, 10 minutes.")])
    return spec(ctx, "research", "research project notice without participants", [], addr("lafreniere"),
                [("Équipe clinique des plaies", "equipe.plaies@hrvc.example")], v[0],
                "Bonjour,\n\n%s : %s\nPour toute question : recherche@hrvc.example.\n\n%s\n" % (v[0], v[1], sig("lafreniere")))
