"""Positive templates, part B: French prose (referrals, pharmacies, CNESST, DPJ, insurers, notes)."""
import datetime

from gen_common import (SITES, age_on, fmt_date, make_mrn, make_sin, make_niss, make_nir, phone, address,
                        rand_dob, Patient, CITIES_QC)
from gen_mime import outlook_block, forward_block, quote, reply_header, human_date, html_page, text_to_html
from gen_tpl import *  # noqa: F401,F403

L = 'fr'


def referral_recon(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'referral', 'demande de consultation en reconstruction après cancer')
    gp = rng.choice(['Dre Jacinthe Poitras', 'Dr Anil Mehra', 'Dre Roxanne Bédard', 'Dr Hugo Lalancette'])
    m.frm = (gp, ext_addr(rng, 'gmf', gp.split()[-1].lower().replace('é', 'e')))
    surg = ctx.staff(unit='plast', doctor=True)
    m.to = [('Centrale de rendez-vous — plastie', 'crv.plastie@' + SITES['MV']['dom'])]
    m.date = ctx.msg_date()
    p = ctx.nam_patient(adult=True)
    dxp = recon_for(rng, p, 'fr')
    m.t('diagnosis')
    nst = rng.choice(['plain', 'space', 'dash', 'wide', 'odd'])
    nam, name, dob, sex = m.pnam(p, nst, rng.choice(['upper_comma', 'title', 'full']), rng.choice(['iso', 'dmy', 'long']))
    med = rng.sample(MEDS_FR, 2)
    m.t('medication')
    details = ('%s\nDDN : %s   %s\nNAM : %s\n\nRaison : %s.\nDemande : évaluation pour %s.\n'
               'ATCD : HTA, DB2 sous metformine, ex-tabagisme (cessé en 2019).\nMédication : %s, %s.\n'
               % (name, dob, sex, nam, dxp[0], dxp[1], med[0], med[1]))
    if rng.random() < 0.5:
        m.subject = 'Demande de consultation — chirurgie plastique'
        m.text = ('Bonjour,\n\nVeuillez trouver ci-dessous une demande de consultation pour %s.\n\n%s\n'
                  '%s motivé%s, suivi%s en oncologie au CICC. Dernière imagerie sans récidive.\n\n'
                  'Merci de me faire parvenir le rapport.\n\n%s\nGMF Rivière-Noire\n1450, rue Principale Ouest, Lac-Brûlé (Québec) J0W 1K0\n'
                  'Tél. 819-555-0117  Téléc. 819-555-0118\n' % (surg.titled('fr'), details,
                                                              'Patiente' if p.sex == 'F' else 'Patient', p.e(), p.e(), gp))
    else:
        m.subject = 'Référence %s — %s' % (dxp[1].split(' par ')[0], p.surname.upper())
        m.text = ('Bonjour,\n\nCi-joint la demande de consultation (formulaire AH-702 rempli). '
                  'Pourriez-vous confirmer la réception?\n\nMerci,\n%s\n' % gp)
        m.atts = [att_pdf('Demande_consultation_%s_%s.pdf' % (p.surname.upper(), p.given),
                          [('h', 'DEMANDE DE CONSULTATION'), ('kv', [('Service demandé', 'Chirurgie plastique et reconstructive'),
                                                                     ('Médecin consulté', surg.titled('fr')),
                                                                     ('Priorité', rng.choice(['B (10 jours)', 'C (28 jours)', 'D (3 mois)']))]),
                           ('p', details), ('sp', 10), ('box', 'Signature du médecin référent : %s' % gp)],
                          title='Demande de consultation', author=gp,
                          letterhead=['GMF Rivière-Noire', '1450, rue Principale Ouest, Lac-Brûlé (Québec) J0W 1K0',
                                      'Tél. 819-555-0117  Téléc. 819-555-0118'])]
    return m


def transport(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'transport', 'demande de transport adapté pour pansement')
    clerk = ctx.clerk('fr', unit=('burn', 'hand'))
    m.frm = addr_of(clerk, L)
    m.to = [('Transport adapté — répartition', ext_addr(rng, 'transport', 'repartition'))]
    m.date = ctx.msg_date()
    p = ctx.new_patient('fr', lo=1935, hi=1970)
    when = later(rng, m.date, 2, 9)
    nm = m.pname(p, rng.choice(['upper_comma', 'title', 'full']))
    adr = m.contact(address(rng, 'QC'))
    tel = m.contact(phone(rng, '819'))
    dx = rng.choice(['brûlure au pied G (diabétique)', 'greffe de peau à la jambe D', 'plaie de site donneur à la cuisse',
                     'amputation partielle de l\u2019index D'])
    m.t('diagnosis')
    m.subject = 'Demande de transport — %s — %s' % (p.surname, dshort(when, 'fr'))
    m.text = ('%s\n\nPourriez-vous organiser un transport aller-retour pour :\n\n'
              'Nom : %s\nAdresse : %s\nTéléphone : %s\nMobilité : %s\n\nRendez-vous : %s à %s, clinique externe des grands brûlés, '
              '%s (entrée B)\nMotif : changement de pansement — %s\nDurée approximative : 1 h\n\n'
              '%s et ne conduit pas.\n\n%s\n%s'
              % (greet(rng, 'fr'), nm, adr, tel, rng.choice(['fauteuil roulant', 'marchette', 'autonome avec canne']),
                 fmt_date(when.date(), 'fr', 'long'), hhmm(when, 'fr'), SITES['SA']['fr'], dx,
                 'La patiente vit seule' if p.sex == 'F' else 'Le patient vit seul',
                 close(rng, 'fr'), sign(rng, clerk, 'fr')))
    m.t('social_information')
    return m


def rx_pharmacie(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'prescription', 'ordonnance transmise à une pharmacie communautaire')
    doc = ctx.staff(doctor=True, unit=('burn', 'hand', 'plast'))
    m.frm = addr_of(doc, L)
    m.to = [('Pharmacie Beaulac', ext_addr(rng, 'pharm_qc', 'ordonnances'))]
    m.date = ctx.msg_date()
    p = ctx.nam_patient()
    nam, name, dob, sex = m.pnam(p, rng.choice(['plain', 'space', 'dot', 'wide']), rng.choice(['upper_comma', 'upper', 'full']),
                                 rng.choice(['iso', 'dmy']))
    meds = rng.sample(MEDS_FR, rng.randrange(2, 4))
    m.t('medication')
    dx = rng.choice(HAND_FR + [fill(x, rng) for x in BURN_FR])
    m.t('diagnosis')
    rx = '\n'.join('%d) %s' % (i + 1, x) for i, x in enumerate(meds))
    body = ('ORDONNANCE\n\nPatient%s : %s\nDDN : %s   %s\nNAM : %s\nAdresse au dossier — voir profil pharmacie\n\n'
            'Indication : %s\n\n%s\n\nRenouvellements : 0\nPrescripteur : %s, permis %d\n'
            % (p.e(), name, dob, sex, nam, dx, rx, doc.titled('fr'), rng.randrange(10000, 99999)))
    if rng.random() < 0.5:
        m.subject = 'Ordonnance — %s' % p.surname.upper()
        m.text = 'Bonjour,\n\nVoici l\u2019ordonnance pour notre patient%s, qui passera cet après-midi.\n\n%s\n%s' % (
            p.e(), body, sign(rng, doc, 'fr'))
    else:
        m.subject = 'Ordonnance pour votre client%s' % p.e()
        m.text = ('Bonjour,\n\nOrdonnance en pièce jointe (original conservé au dossier). Merci de confirmer par '
                  'retour de courriel.\n\n%s' % sign(rng, doc, 'fr'))
        m.atts = [att_pdf('ordonnance_%s.pdf' % m.date.strftime('%Y%m%d'), [('p', body)], title='Ordonnance',
                          author=doc.full, letterhead=letterhead(doc.site, doc.unit, 'fr'))]
    return m


def culture_result(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'lab_result', 'résultat de culture de plaie communiqué au médecin')
    nurse = ctx.staff(unit='burn', kind='nurse')
    doc = ctx.staff(unit='burn', doctor=True)
    m.frm = addr_of(nurse, L)
    m.to = [addr_of(doc, L)]
    m.date = ctx.msg_date()
    p = ctx.new_patient('fr')
    mrn = m.mrn(make_mrn(rng, 'SA'), rng.choice(['plain', 'space', 'wide', 'dot']))
    nm = m.pname(p, rng.choice(['title_sur', 'title', 'upper']))
    cult = rng.choice(CULTURE_FR)
    m.t('lab_result', 'diagnosis')
    m.subject = rng.choice(['Résultat culture — dossier %s' % mrn, 'Culture positive ch. %d' % rng.randrange(401, 420)])
    m.text = ('%s\n\nLe labo vient d\u2019appeler pour %s (dossier %s) : %s. Prélèvement du %s sur la greffe du dos. '
              'Actuellement sous céfazoline 2 g IV q8h. T° 38,6 cette nuit, GB 15,8.\n\n'
              'Veux-tu qu\u2019on change pour pipéracilline-tazobactam? Je peux aviser la pharmacie.\n\n%s'
              % (greet(rng, 'fr', doc.given), nm, mrn, cult, dshort(earlier(rng, m.date, 2, 4), 'fr'), sign(rng, nurse, 'fr')))
    m.t('medication')
    return m


def cnesst_rapport(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'cnesst', 'rapport médical CNESST pour un travailleur blessé à la main')
    doc = ctx.staff(unit='hand', doctor=True)
    sec = ctx.clerk('fr', unit=('hand', 'plast'))
    m.frm = addr_of(sec, L)
    m.to = [('CNESST — Direction régionale de l\u2019Outaouais', ext_addr(rng, 'cnesst', 'dr.outaouais'))]
    m.date = ctx.msg_date()
    p = ctx.new_patient('fr', lo=1960, hi=2004, sex=rng.choice('MMF'))
    dossier = '%d %d' % (rng.randrange(100, 999), rng.randrange(100000, 999999))
    nm = m.pname(p, 'upper_comma')
    dob = m.pdob(p, rng.choice(['iso', 'dmy']))
    nas = m.sin(make_sin(rng), rng.choice(['space', 'plain', 'dash']))
    dx = rng.choice(HAND_FR)
    m.t('diagnosis')
    acc = earlier(rng, m.date, 10, 60).date()
    blocks = [('h', 'RAPPORT MÉDICAL — CNESST'),
              ('kv', [('Travailleur', nm), ('Date de naissance', dob), ('NAS', nas), ('No de dossier CNESST', dossier),
                      ('Date de l\u2019événement', acc.isoformat()), ('Employeur', rng.choice(['Ébénisterie Lavallée inc.', 'Transport Rivière-Blanche', 'Abattoir du Nord ltée']))]),
              ('p', 'Diagnostic : %s.\nTraitement : réparation chirurgicale le %s, orthèse de protection, '
                    'ergothérapie 2 fois par semaine.\nMédication : %s.' % (dx, (acc + datetime.timedelta(days=2)).isoformat(), rng.choice(MEDS_FR))),
              ('p', 'Assignation temporaire : possible, travail à une main (main non dominante), pas de port de charge.\n'
                    'Date prévisible de consolidation : %s.' % (m.date.date() + datetime.timedelta(days=rng.randrange(40, 120))).isoformat()),
              ('box', 'Médecin traitant : %s' % doc.titled('fr'))]
    m.t('medication')
    m.atts = [att_pdf('Rapport_medical_CNESST_%s.pdf' % dossier.replace(' ', ''), blocks, title='Rapport médical',
                      author=doc.full, letterhead=letterhead(doc.site, 'hand', 'fr'))]
    m.subject = 'Rapport médical — dossier %s' % dossier
    m.text = ('Bonjour,\n\nVous trouverez ci-joint le rapport médical complété par %s pour le dossier %s. '
              'Le formulaire d\u2019assignation temporaire suivra par télécopieur.\n\n%s\n%s'
              % (doc.titled('fr'), dossier, close(rng, 'fr'), sign(rng, sec, 'fr')))
    if rng.random() < 0.4:
        m.text = m.text.replace('pour le dossier %s' % dossier, 'pour %s (dossier %s)' % (nm, dossier))
    return m


def quick_note(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'note', 'note rapide entre collègues sur un patient hospitalisé')
    a = ctx.staff(kind=('nurse', 'res'), unit=('burn', 'plast'))
    b = ctx.staff(doctor=True, unit=('burn', 'plast'), exclude=(a,))
    m.frm = addr_of(a, L)
    m.to = [addr_of(b, L)]
    m.date = ctx.msg_date()
    p = ctx.new_patient('fr')
    nm = m.pname(p, rng.choice(['lower', 'lower_rev', 'title_sur', 'initial']))
    room = rng.randrange(401, 520)
    v = rng.randrange(4)
    m.t('diagnosis')
    if v == 0:
        m.subject = 'ch %d' % room
        m.text = ('peux-tu passer voir %s au %d demain matin? la greffe du dos décolle en bas, odeur ++, '
                  'je pense pseudomonas. merci\n%s' % (nm, room, a.given))
    elif v == 1:
        m.subject = rng.choice(['petite question', 'lambeau', 'Question rapide'])
        m.text = ('Salut,\n\nLe lambeau de %s est plus pâle depuis 22h, Doppler présent mais plus faible. '
                  'J\u2019ai appelé le R, il arrive. Je te tiens au courant.\n\n%s' % (nm, a.given))
    elif v == 2:
        m.subject = 'FYI %s' % p.surname.lower()
        m.text = ('%s a refusé son pansement ce matin, douleur 9/10 malgré l\u2019hydromorphone 2 mg. '
                  'Peut-on ajuster l\u2019analgésie avant les soins de demain?\n\n%s' % (nm, a.given))
        m.t('medication')
    else:
        m.subject = 'congé?'
        m.text = ('Bonjour,\n\nEst-ce que %s peut partir aujourd\u2019hui? Plaie de la main propre, '
                  'ergo a fait l\u2019orthèse. Sa fille peut venir %s chercher à 15h.\n\n%s' % (nm, 'la' if p.sex == 'F' else 'le', a.given))
    m.style = rng.choice(['plain', 'plain', 'html'])
    return m


def reply_ergo(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'reply', 'réponse avec texte cité, orthèse et ergothérapie')
    ot = staff_by('Carrier')
    surg = ctx.staff(unit='hand', doctor=True)
    m.date = ctx.msg_date()
    orig_dt = earlier(rng, m.date, 1, 3)
    p = ctx.new_patient('fr')
    nm = m.pname(p, rng.choice(['title', 'full', 'upper_comma']))
    mrn = m.mrn(make_mrn(rng, 'SA'))
    dx = rng.choice(HAND_FR)
    m.t('diagnosis')
    orig = ('Bonjour Marie-Ève,\n\nPourrais-tu voir %s (%s) cette semaine pour une orthèse? '
            'Dx : %s, réparé le %s. Protocole de mobilisation active précoce, pas d\u2019extension passive.\n\n%s'
            % (nm, mrn, dx, dshort(earlier(rng, orig_dt, 3, 8), 'fr'), surg.given))
    e = p.e()
    ans = rng.choice(['Oui, je l\u2019ai mis%s à l\u2019horaire jeudi 10h. Je t\u2019envoie la note après.' % e,
                      'Vu%s hier. Orthèse dorsale faite, œdème ++ et amplitude limitée. %s dit ne pas pouvoir venir '
                      '2 fois/semaine à cause du coût du transport, je vais voir avec la TS.' % (e, p.pron('fr').capitalize())])
    if 'TS' in ans:
        m.t('social_information')
    if rng.random() < 0.5:
        body = '%s\n\n%s\n\n%s\n\n%s' % (ans, sign(rng, ot, 'fr'),
                                         reply_header('fr', surg.titled('fr'), surg.email, orig_dt), quote(orig))
    else:
        body = '%s\n\n%s\n\n%s\n\n%s' % (ans, ot.given, '_' * 32,
                                         outlook_block('fr', '%s <%s>' % (surg.titled('fr'), surg.email),
                                                       '%s <%s>' % (ot.full, ot.email), orig_dt, 'Orthèse — ' + p.surname)
                                         + '\n\n' + orig)
    m.subject = 'RE: Orthèse — %s' % p.surname
    m.text = body
    m.in_reply_to = '<%s@%s>' % (orig_dt.strftime('%Y%m%d%H%M%S'), SITES['SA']['dom'])
    m.frm = addr_of(ot, L)
    m.to = [addr_of(surg, L)]
    return m


def aesth_enquiry_fwd(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'aesthetic', 'demande de consultation esthétique d\u2019une patiente transférée')
    clerk = staff_by('Rahmani')
    doc = ctx.staff(unit='plast', doctor=True)
    m.date = ctx.msg_date()
    p = ctx.new_patient('fr', sex='F', lo=1965, hi=2000)
    pmail = ext_addr(rng, 'personal', '%s.%s%d' % (p.given.lower().replace('é', 'e').replace('è', 'e'),
                                                  p.surname.lower().replace('é', 'e').replace("'", '').replace(' ', ''),
                                                  p.dob.year % 100))
    tel = m.contact(phone(rng, '819'))
    nm = m.pname(p, 'full')
    dob = m.pdob(p, rng.choice(['long', 'iso']))
    req = rng.choice([('une abdominoplastie', 'J\u2019ai perdu 58 kg depuis ma chirurgie bariatrique (sleeve en 2022) et '
                       'j\u2019ai un gros surplus de peau qui cause des irritations et des infections à répétition.'),
                      ('une blépharoplastie', 'Mes paupières supérieures tombent au point de nuire à ma vision, '
                       'mon optométriste parle de ptose et m\u2019a conseillé de consulter.'),
                      ('une réduction mammaire', 'J\u2019ai des douleurs au dos et aux épaules depuis des années, '
                       'je porte un bonnet H et ma physiothérapeute pense que la réduction m\u2019aiderait.')])
    m.t('diagnosis')
    orig = ('Bonjour,\n\nJe voudrais avoir un rendez-vous pour %s. %s\nEst-ce couvert par la RAMQ dans mon cas? '
            'Je suis née le %s. Vous pouvez me joindre au %s, de préférence après 16 h.\n\nMerci!\n%s'
            % (req[0], req[1], dob, tel, nm))
    fwd = forward_block('fr', '%s <%s>' % (nm, pmail), 'Clinique esthétique <esthetique@%s>' % SITES['MV']['dom'],
                        earlier(rng, m.date, 1, 6), 'Demande de rendez-vous', orig)
    m.subject = 'TR: Demande de rendez-vous'
    m.text = ('%s\n\nPeux-tu me dire si on la met sur la liste esthétique (privé) ou si ça passe en fonctionnel? '
              'Je la rappelle ensuite.\n\n%s\n\n%s' % (greet(rng, 'fr', doc.given), clerk.given, fwd))
    m.frm = addr_of(clerk, L)
    m.to = [addr_of(doc, L)]
    return m


def dpj(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'youth_protection', 'signalement à la protection de la jeunesse, enfant brûlé')
    ts = staff_by('Drolet')
    m.frm = addr_of(ts, L)
    m.to = [('Réception et traitement des signalements', ext_addr(rng, 'dpj', 'rts'))]
    m.cc = [addr_of(staff_by('Haddad'), L)]
    m.date = ctx.msg_date()
    child = ctx.new_patient('fr', lo=2019, hi=2023)
    nm = m.pname(child, rng.choice(['upper_comma', 'full']))
    dob = m.pdob(child, rng.choice(['iso', 'long']))
    mrn = m.mrn(make_mrn(rng, 'SA'))
    mother = rng.choice(['Karine', 'Audrey', 'Mélanie']) + ' ' + child.surname
    m.t('diagnosis', 'social_information')
    adr = m.contact(address(rng, 'QC'))
    m.subject = 'Signalement — enfant hospitalisé aux grands brûlés'
    m.text = ('Bonjour,\n\nComme convenu au téléphone ce matin (réf. appel %d), voici les informations écrites.\n\n'
              'Enfant : %s, né%s le %s (dossier %s)\nAdresse : %s\nMère : %s\n\n'
              'Motif : ébouillantage des deux pieds en « chaussette », 7 %% SCT, 2e degré profond, lignes de démarcation nettes. '
              'Mécanisme rapporté (renversement d\u2019une tasse) non compatible selon l\u2019équipe médicale. '
              'Délai de consultation de 36 h. Fratrie : 2 enfants à la maison.\n\n'
              'L\u2019enfant demeure hospitalisé%s au moins 10 jours. Les visites sont supervisées en attendant votre évaluation.\n\n%s'
              % (rng.randrange(10000, 99999), nm, child.e(), dob, mrn, adr, mother, child.e(), sign(rng, ts, 'fr')))
    m.enc_subject = True
    return m


def violence_vcard(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'social_work', 'coordination TS, violence conjugale, coordonnées en vCard')
    ts = staff_by('Drolet')
    m.frm = addr_of(ts, L)
    m.to = [('Maison d\u2019hébergement L\u2019Escale', ext_addr(rng, 'personal', 'intervention.escale'))]
    m.date = ctx.msg_date()
    p = ctx.new_patient('fr', sex='F', lo=1975, hi=2001)
    nm = m.pname(p, 'full')
    tel = m.contact(phone(rng, '873'))
    m.t('diagnosis', 'social_information')
    city, fsa = rng.choice(CITIES_QC)
    card = {'fn': nm, 'n': (p.surname, p.given), 'tel': [('CELL', tel)],
            'note': 'Cellulaire sécuritaire seulement. Ne pas laisser de message au domicile.',
            'rev': m.date}
    m.atts = [att_vcf('%s.vcf' % p.given, [card])]
    m.subject = 'Admission prévue à sa sortie de l\u2019hôpital'
    m.text = ('Bonjour,\n\nTel que discuté, Mme %s quittera l\u2019unité des grands brûlés jeudi. Brûlure chimique '
              'au visage et au cou, greffée, soins de plaie quotidiens par le CLSC. Elle ne retournera pas au domicile '
              'conjugal (agression rapportée, plainte déposée). Ses coordonnées sécuritaires sont dans la fiche jointe.\n\n'
              'Je vous appelle demain pour l\u2019heure d\u2019arrivée.\n\n%s' % (p.surname, sign(rng, ts, 'fr')))
    m.must.append('Mme %s' % p.surname)
    return m


def aide_sociale(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'coverage', 'couverture de pansements pour prestataire d\u2019aide sociale')
    nurse = ctx.staff(unit='burn', doctor=False)
    m.frm = addr_of(nurse, L)
    m.to = [('Pharmacie Beaulac', ext_addr(rng, 'pharm_qc', 'labo')), addr_of(staff_by('Archambault'), L)]
    m.date = ctx.msg_date()
    p = ctx.nam_patient(adult=True)
    nam, name, dob, sex = m.pnam(p, rng.choice(['plain', 'space', 'lower', 'wide']), rng.choice(['title', 'upper_comma']),
                                 rng.choice(['iso', 'dmy']), sex_fmt='sexe : %s')
    m.t('social_information', 'medication', 'diagnosis')
    m.subject = 'Pansements d\u2019exception — %s' % p.surname
    m.text = ('%s\n\n%s (DDN %s, %s, NAM %s) est prestataire de l\u2019aide sociale et ne peut pas assumer le coût '
              'des pansements d\u2019argent. Brûlure 2e degré profond à l\u2019avant-bras, greffée le mois dernier, '
              'site donneur encore suintant.\n\nBesoins pour 4 semaines : Mepilex Ag 10x20 (x 12), Flamazine 1 %% 500 g (x 2), '
              'bandage tubulaire.\nLa demande de médicament d\u2019exception RAMQ a été envoyée hier.\n\n%s\n%s'
              % (greet(rng, 'fr'), name, dob, sex, nam, close(rng, 'fr'), sign(rng, nurse, 'fr')))
    return m


def belgian(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'travel_insurance', 'rapport à une mutualité belge pour un touriste brûlé')
    doc = ctx.staff(unit='burn', doctor=True)
    m.frm = addr_of(doc, L)
    m.to = [('Mutualité des Ardennes — service assistance', ext_addr(rng, 'mutual', 'assistance'))]
    m.date = ctx.msg_date()
    sur = rng.choice(['Vermeulen', 'Dupont-Lejeune', 'Claes', 'Wouters', 'Mertens'])
    giv = rng.choice(['Thibaut', 'Lotte', 'Anouk', 'Wim', 'Géraldine'])
    sx = 'F' if giv in ('Lotte', 'Anouk', 'Géraldine') else 'M'
    p = Patient(sur, giv, sx, rand_dob(rng, 1955, 1999), prov='BE')
    niss = m.niss(make_niss(rng, p.dob, p.sex), rng.choice(['std', 'plain', 'space']))
    nm = m.pname(p, rng.choice(['upper', 'title']))
    dob = m.pdob(p, rng.choice(['dots', 'dmy']))
    mrn = m.mrn(make_mrn(rng, 'SA'))
    m.t('diagnosis')
    dx = fill(rng.choice(BURN_FR), rng)
    m.subject = 'Votre dossier d\u2019assistance — %s' % p.surname.upper()
    m.text = ('Madame, Monsieur,\n\nNous avons admis le %s votre affilié%s :\n\n%s\nNé%s le %s\nNISS : %s\n'
              'Notre dossier : %s\n\nDiagnostic : %s. Excision-greffe prévue dans 48 h. Séjour estimé à 3 semaines. '
              'Rapatriement non envisageable avant la prise de greffe.\n\nMerci de nous faire parvenir la garantie de '
              'paiement.\n\n%s' % (fmt_date(earlier(rng, m.date, 1, 3).date(), 'fr', 'long'), p.e(), nm, p.e(), dob,
                                   niss, mrn, dx, sign(rng, doc, 'fr')))
    return m


def french_nir(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'travel_insurance', 'certificat médical pour assistance voyage d\u2019un patient français')
    doc = ctx.staff(unit='hand', doctor=True)
    m.frm = addr_of(doc, L)
    m.to = [('Hexagone Assistance — plateau médical', ext_addr(rng, 'cpam', 'medical'))]
    m.date = ctx.msg_date()
    sur = rng.choice(['Garnier', 'Rousseau', 'Lefebvre', 'Chevalier', 'Mercier'])
    sx = rng.choice('MF')
    giv = rng.choice(['Baptiste', 'Théo', 'Antoine'] if sx == 'M' else ['Camille', 'Océane', 'Margaux'])
    p = Patient(sur, giv, sx, rand_dob(rng, 1960, 2000), prov='FR')
    nir = m.nir(make_nir(rng, p.dob, p.sex), rng.choice(['std', 'plain', 'dot']))
    nm = m.pname(p, rng.choice(['upper_comma', 'title']))
    dob = m.pdob(p, 'dmy')
    dx = rng.choice(HAND_FR)
    m.t('diagnosis', 'medication')
    body = [('h', 'CERTIFICAT MÉDICAL'), ('kv', [('Nom', nm), ('Date de naissance', dob), ('N° de sécurité sociale', nir),
                                                 ('Dossier hospitalier', m.mrn(make_mrn(rng, 'SA')))]),
            ('p', 'Accident de ski le %s. Diagnostic : %s. Chirurgie réalisée le lendemain. Traitement : %s. '
                  'Apte au vol commercial avec attelle, siège couloir recommandé, retour prévu à J+10.' %
             (dshort(earlier(rng, m.date, 3, 8), 'fr'), dx, rng.choice(MEDS_FR))),
            ('box', 'Signé : %s' % doc.titled('fr'))]
    m.atts = [att_pdf('certificat_%s.pdf' % p.surname.lower(), body, title='Certificat', author=doc.full,
                      letterhead=letterhead(doc.site, 'hand', 'fr'))]
    m.subject = 'Certificat médical — apte au vol'
    m.text = ('Bonjour,\n\nVeuillez trouver le certificat demandé pour votre assuré%s. Notre secrétariat peut vous '
              'transmettre la facture détaillée.\n\n%s' % (p.e(), sign(rng, doc, 'fr')))
    return m


def path_melanoma(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'pathology', 'résultat de pathologie après exérèse, transmis au chirurgien')
    sec = ctx.clerk('fr', unit='plast')
    surg = ctx.staff(unit='plast', doctor=True)
    m.frm = addr_of(sec, L)
    m.to = [addr_of(surg, L)]
    m.date = ctx.msg_date()
    p = ctx.new_patient('fr', lo=1940, hi=1990)
    mrn = m.mrn(make_mrn(rng, 'MV'), rng.choice(['plain', 'space', 'wide']))
    nm = m.pname(p, rng.choice(['title', 'upper_comma']))
    res = rng.choice(['mélanome à extension superficielle, Breslow 1,6 mm, non ulcéré, marges libres (≥ 1 cm); ganglion sentinelle 0/2',
                      'mélanome nodulaire, Breslow 3,2 mm, ulcéré; ganglion sentinelle 1/3 positif (micrométastase 0,8 mm)',
                      'carcinome épidermoïde bien différencié, marge profonde atteinte'])
    m.t('lab_result', 'diagnosis')
    m.subject = 'Patho reçue — %s' % mrn
    m.text = ('%s\n\nLa patho de %s (%s) est arrivée :\n\n« %s »\n\nJe lui donne un rendez-vous pour l\u2019annonce '
              'la semaine prochaine ou tu préfères l\u2019appeler avant?\n\n%s'
              % (greet(rng, 'fr', surg.given), nm, mrn, res, sign(rng, sec, 'fr')))
    return m


def subject_only(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'note', 'suivi de greffe, nom du patient seulement dans l\u2019objet')
    a = ctx.staff(unit='burn', kind='nurse')
    b = ctx.staff(unit='burn', doctor=True)
    m.frm = addr_of(a, L)
    m.to = [addr_of(b, L)]
    m.date = ctx.msg_date()
    p = ctx.new_patient('fr')
    nm = m.pname(p, rng.choice(['upper', 'full', 'sur_initial']))
    m.t('diagnosis')
    m.subject = 'RE: %s — greffe J+%d' % (nm, rng.randrange(4, 8))
    m.enc_subject = rng.random() < 0.6
    m.text = ('Pansement fait ce matin. Prise à 95 %%, petite zone de perte au coude (2 cm). Site donneur cuisse '
              'sec. On garde la TPN 3 jours de plus comme tu voulais?\n\n%s' % a.given)
    return m


def insurer(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'insurer', 'attestation d\u2019invalidité pour un assureur')
    sec = ctx.clerk('fr', unit=('plast', 'hand'))
    doc = ctx.staff(unit=('plast', 'hand'), doctor=True)
    m.frm = addr_of(sec, L)
    m.to = [('Assurances Boréale — Réclamations invalidité', ext_addr(rng, 'ins_qc', 'invalidite'))]
    m.date = ctx.msg_date()
    p = ctx.new_patient('fr', lo=1965, hi=1998)
    nm = m.pname(p, 'upper_comma')
    dob = m.pdob(p, 'iso')
    pol = 'POL-%d-%04d' % (rng.randrange(100000, 999999), rng.randrange(10000))
    use_sin = rng.random() < 0.6
    kv = [('Nom de l\u2019assuré', nm), ('Date de naissance', dob), ('No de police / certificat', pol)]
    if use_sin:
        kv.append(('NAS', m.sin(make_sin(rng), rng.choice(['space', 'dash']))))
    dxp = recon_for(rng, p, 'fr') if rng.random() < 0.5 else (rng.choice(HAND_FR), 'chirurgie')
    m.t('diagnosis')
    blocks = [('h', 'DÉCLARATION DU MÉDECIN TRAITANT — INVALIDITÉ'), ('kv', kv),
              ('p', 'Diagnostic : %s.\nTraitement : %s le %s.\nRestrictions : aucun effort avec le membre atteint, '
                    'suivi hebdomadaire.\nArrêt de travail du %s au %s (à réévaluer).'
               % (dxp[0], dxp[1], dshort(earlier(rng, m.date, 10, 30), 'fr'), dshort(earlier(rng, m.date, 10, 30), 'fr'),
                  dshort(later(rng, m.date, 30, 60), 'fr'))),
              ('box', 'Médecin : %s' % doc.titled('fr'))]
    m.atts = [att_pdf('Declaration_medecin_%s.pdf' % pol, blocks, title='Déclaration', author=doc.full,
                      letterhead=letterhead(doc.site, doc.unit, 'fr'))]
    m.subject = 'Votre demande — police %s' % pol
    m.text = ('Bonjour,\n\nEn réponse à votre demande du %s, voici la déclaration du médecin traitant dûment remplie. '
              'Des frais de 40 $ seront facturés à l\u2019assuré%s.\n\n%s\n%s'
              % (dshort(earlier(rng, m.date, 5, 20), 'fr'), p.e(), close(rng, 'fr'), sign(rng, sec, 'fr')))
    return m


def retour_appel(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'phone_message', 'message téléphonique d\u2019un patient pour le médecin')
    sec = ctx.clerk('fr')
    doc = ctx.staff(doctor=True, unit=('plast', 'hand', 'burn'))
    m.frm = addr_of(sec, L)
    m.to = [addr_of(doc, L)]
    m.date = ctx.msg_date()
    p = ctx.new_patient('fr')
    nm = m.pname(p, rng.choice(['title', 'title_sur', 'full']))
    tel = m.contact(phone(rng, rng.choice(['819', '873'])))
    m.t('diagnosis')
    sym = rng.choice(['rougeur et chaleur au site donneur de la cuisse, fièvre 38,4 hier soir',
                      'la plaie de la main coule depuis 2 jours, odeur, doigt enflé',
                      'le sein reconstruit est dur et rouge depuis la fin de semaine',
                      'engourdissement persistant du pouce depuis l\u2019opération du canal carpien'])
    m.subject = rng.choice(['Message — %s' % p.surname, 'Appel patient à rappeler', 'À rappeler SVP'])
    m.text = ('%s\n\n%s a appelé à %s : %s. Veut savoir %s doit aller à l\u2019urgence.\n'
              'Rappeler au %s (cellulaire).\n\n%s' % (greet(rng, 'fr'), nm, hhmm(m.date, 'fr'), sym,
                                                     's\u2019il' if p.sex == 'M' else 'si elle', tel, sec.given))
    m.style = rng.choice(['plain', 'html'])
    return m


def therapy_progress(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'therapy_note', 'note d\u2019évolution en ergothérapie de la main (DOCX)')
    ot = staff_by('Carrier')
    surg = ctx.staff(unit='hand', doctor=True)
    m.frm = addr_of(ot, L)
    m.to = [addr_of(surg, L)]
    m.date = ctx.msg_date()
    p = ctx.new_patient('fr', lo=1955, hi=2004)
    nm = m.pname(p, 'upper_comma')
    mrn = m.mrn(make_mrn(rng, 'SA'))
    dx = rng.choice(HAND_FR)
    m.t('diagnosis')
    rows = [['Mesure', 'Semaine 4', 'Semaine 8'], ['Flexion active MCP', '45°', '70°'], ['IPP', '30°', '65°'],
            ['Force de préhension (kg)', '8', '17'], ['Pince latérale (kg)', '3', '5,5']]
    blocks = [('h', 'Note d\u2019évolution — Ergothérapie (main)'),
              ('kv', [('Client :', nm), ('Dossier :', mrn), ('Diagnostic :', dx)]),
              ('table', rows),
              ('p', 'Évolution favorable. Cicatrice adhérente, massage enseigné. Retour progressif au travail '
                    'à discuter à la prochaine visite.')]
    m.atts = [att_docx('Note_ergo_%s.docx' % mrn, blocks, title='Note d\u2019évolution', author=ot.full, when=m.date)]
    m.subject = 'Note d\u2019évolution ergo'
    m.text = ('%s\n\nNote de semaine 8 en pièce jointe pour ta visite de mardi.\n\n%s'
              % (greet(rng, 'fr', surg.given), sign(rng, ot, 'fr')))
    return m


def aesthetic_quote(ctx):
    rng = ctx.rng
    m = mk(ctx, L, 'aesthetic', 'soumission de chirurgie esthétique envoyée à une patiente')
    nurse = staff_by('Rahmani')
    m.frm = addr_of(nurse, L)
    m.date = ctx.msg_date()
    p = ctx.new_patient('fr', lo=1970, hi=2001)
    nm = m.pname(p, 'title')
    pmail = ext_addr(rng, 'personal', '%s%d' % (p.surname.lower().replace('é', 'e').replace("'", '').replace(' ', ''), rng.randrange(10, 99)))
    m.to = [(p.given + ' ' + p.surname, pmail)]
    proc = rng.choice([('rhinoplastie', 'déviation de la cloison et bosse dorsale'),
                       ('lipoaspiration des flancs', 'lipodystrophie localisée'),
                       ('augmentation mammaire', 'hypoplasie mammaire et asymétrie')])
    m.t('diagnosis')
    m.subject = 'Votre soumission — %s' % proc[0]
    m.text = ('Bonjour %s,\n\nSuite à votre consultation du %s avec la Dre Lemieux, voici votre soumission pour une %s '
              '(%s).\n\nHonoraires du chirurgien : 6 800 $\nAnesthésie et salle : 2 450 $\nVêtement compressif : 120 $\n\n'
              'Un dépôt de 500 $ confirme la date. Nous vous rappelons d\u2019arrêter le tabac 6 semaines avant.\n\n%s'
              % (nm, dshort(earlier(rng, m.date, 5, 20), 'fr'), proc[0], proc[1], sign(rng, nurse, 'fr')))
    return m


TEMPLATES = [
    (referral_recon, 'fr', 3), (transport, 'fr', 2), (rx_pharmacie, 'fr', 3), (culture_result, 'fr', 2),
    (cnesst_rapport, 'fr', 3), (quick_note, 'fr', 3), (reply_ergo, 'fr', 2), (aesth_enquiry_fwd, 'fr', 2),
    (dpj, 'fr', 2), (violence_vcard, 'fr', 1), (aide_sociale, 'fr', 2), (belgian, 'fr', 2), (french_nir, 'fr', 2),
    (path_melanoma, 'fr', 2), (subject_only, 'fr', 2), (insurer, 'fr', 2), (retour_appel, 'fr', 2),
    (therapy_progress, 'fr', 2), (aesthetic_quote, 'fr', 1),
]
