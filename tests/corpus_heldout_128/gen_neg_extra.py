"""Extra negatives exercising ZIP, DOCX and attached-message transports."""
import datetime as dt

import gen_attach as A
import gen_build as B
import gen_common as C
import gen_neg_common as N


def fr_dossier_comite_zip(c):
    pv = A.make_docx("Procès-verbal – comité de pharmacologie", [
        "Présent·e·s : Dr Samuel Okafor, Dre Hélène Vachon-Ruel, Maude Lacasse-Bérubé, Philippe Tran.",
        "Résolution 2025-03 : l'ordonnance collective de traitement de la syphilis est reconduite sans changement.",
        "Résolution 2025-04 : ajout de la doxy-PEP au protocole, sous réserve de l'avis de la santé publique."])
    oc = A.make_pdf("Ordonnance collective OC-07 (version de travail)", [
        "Objet : amorcer le traitement de la chlamydia et de la gonorrhée chez une personne dont le résultat est positif.",
        "Professionnel·le·s visé·e·s : infirmier·ère·s cliniciens de la clinique.",
        "Médicaments : doxycycline 100 mg BID x 7 j; ceftriaxone 500 mg IM x 1."])
    z = A.att_zip("comite_pharmaco_%s.zip" % c.now.strftime("%Y-%m"), [("PV_comite.docx", pv), ("OC-07_travail.pdf", oc)])
    body = "Bonjour,\n\nLe procès-verbal et la version de travail de l'OC-07 sont dans l'archive.\n\nKarim Belhadj"
    return B.make("committee_minutes", "fr", "procès-verbal et ordonnance collective en archive ZIP", B.addr("belhadj"),
                  [("Comité pharmaco", "comite.pharmaco@" + C.ORG_DOMAIN)], "PV et OC-07", body, attachments=[z])


def fr_politique_docx(c):
    doc = A.att_docx("Politique_confidentialite_courriel_v3.docx", "Politique – courriel et confidentialité", [
        ("h", "1. Principes"), "Aucun renseignement permettant d'identifier une personne (nom, NAM, date de naissance) "
        "ne doit figurer dans l'objet d'un courriel.",
        ("h", "2. Exemples à éviter"), "« Résultat VIH de M. X » ; « Lettre chirurgie – NAM et date de naissance de la personne ».",
        ("h", "3. Outils"), "Utiliser le portail sécurisé pour les résultats; le chiffrement pour les pièces jointes."])
    body = "Bonjour,\n\nVersion 3 de la politique à commenter d'ici le 15.\n\nMireille Quesnel\nGestionnaire"
    return B.make("policy", "fr", "politique interne sur le courriel", B.addr("quesnel"),
                  [("Équipe clinique", "equipe@" + C.ORG_DOMAIN)], "Politique courriel – v3 pour commentaires", body,
                  attachments=[doc])


def fr_transfert_infolettre_eml(c):
    sp = c.choice(N.SPEAKERS)
    inner = dict(cat="x", lang="fr", sender=("Réseau santé trans (fictif)", "info@reseau-sante-trans.example"),
                 to=[("Abonné·e·s", "abonnes@reseau-sante-trans.example")], subject="Webinaire : " + sp[4],
                 text="Bonjour,\n\nNotre prochain webinaire : « %s », présenté par %s %s %s. Gratuit, inscription requise.\n\n"
                      "L'équipe du réseau" % (sp[4], sp[0], sp[2], sp[3]))
    body = "Intéressant pour la formation continue, je vous le transfère.\n\nMaude"
    return B.make("forward", "fr", "webinaire transféré en pièce jointe", B.addr("lacasse"),
                  [("Équipe clinique", "equipe@" + C.ORG_DOMAIN)], "TR: Webinaire", body,
                  attachments=[A.att_eml("Webinaire.eml", inner)])


def en_slides_zip(c):
    sp = c.rng.sample(N.SPEAKERS, 2)
    members = []
    for s in sp:
        members.append(("%s_%s.pdf" % (s[3], s[2]), A.make_pdf(s[5].capitalize(), [
            "%s %s %s" % (s[1], s[2], s[3]), "Learning objectives: epidemiology, management, prevention.",
            "All cases in these slides are fictional composites."])))
    z = A.att_zip("forum_slides.zip", members)
    body = "Hi all,\n\nSlides from the forum sessions are attached (speaker permission obtained).\n\nJordan"
    return B.make("conference", "en", "conference slides in a ZIP archive", B.addr("whitfield"),
                  [("Clinical team", "team@" + C.ORG_DOMAIN)], "Forum slides", body, attachments=[z])


def en_fwd_vendor_eml(c):
    inner = dict(cat="x", lang="en", sender=("MedSupply East", "orders@medsupply-east.example"),
                 to=[B.addr("belhadj")], subject="Order shipped",
                 text="Your order has shipped.\nTracking: 1Z%06d%010d\nPackages: 3\n\nMedSupply East"
                      % (c.randint(0, 999999), c.randint(0, 9999999999)))
    body = "Mireille — supplies arriving Thursday, FYI.\n\nKarim"
    return B.make("forward", "en", "shipping notice forwarded as attachment", B.addr("belhadj"), [B.addr("quesnel")],
                  "Fwd: Order shipped", body, attachments=[A.att_eml("Order shipped.eml", inner)])


def en_training_docx(c):
    d = c.future(c.now.date(), 7, 40)
    doc = A.att_docx("Training_plan_%s.docx" % d.strftime("%Y%m"), "Staff training plan", [
        ("table", [["Date", "Topic", "Trainer"],
                   [C.fmt_date(d, "iso"), "Trauma-informed care", "Dr. Priya Raman"],
                   [C.fmt_date(d + dt.timedelta(days=7), "iso"), "PrEP counselling update", "Dr. Samuel Okafor"],
                   [C.fmt_date(d + dt.timedelta(days=14), "iso"), "Partner notification skills", "Maude Lacasse-Bérubé"]])])
    body = "Hello,\n\nDraft training plan attached. Sessions are mandatory for clinical staff.\n\nMireille"
    return B.make("training", "en", "staff training plan", B.addr("quesnel"), [("Clinical team", "team@" + C.ORG_DOMAIN)],
                  "Training plan", body, attachments=[doc])


NEG_FR_X = [fr_dossier_comite_zip, fr_politique_docx, fr_transfert_infolettre_eml]
NEG_EN_X = [en_slides_zip, en_fwd_vendor_eml, en_training_docx]
